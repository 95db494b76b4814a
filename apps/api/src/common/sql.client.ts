import type { Orm } from '@hub/db';
import { statementName } from '@hub/reporting';

/** The request's forked EntityManager, as the ORM hands it out. */
export type HubEntityManager = Orm['em'];

type RawRunner = (sql: string, params: readonly unknown[]) => PromiseLike<unknown>;

/**
 * Runs hand-written SQL on the request's EntityManager. Queries go through knex's raw runner
 * rather than `em.getConnection().execute`, because that one inlines array parameters and
 * breaks `= any(?)`, which every batched lookup here depends on. Each statement is sent named
 * (statementName), so PostgreSQL parses it once per pooled connection.
 */
export class SqlClient {
  private readonly raw: RawRunner;

  /** On the request's connection, or (with `raw`) on one transaction of it. */
  constructor(
    private readonly em: HubEntityManager,
    raw?: RawRunner,
  ) {
    this.raw =
      raw ??
      ((sql, params) =>
        em
          .getKnex()
          .raw(sql, params as never)
          .options({ name: statementName(sql) }));
  }

  async rows<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.raw(sql, params);
    return (result as { rows: Row[] }).rows;
  }

  /**
   * Runs `work` in one transaction on its own client: everything it writes is committed
   * together, or nothing is when it throws (a mutation is never half-saved).
   */
  transaction<T>(work: (sql: SqlClient) => Promise<T>): Promise<T> {
    return this.em
      .getKnex()
      .transaction((trx) => work(new SqlClient(this.em, (sql, params) => trx.raw(sql, params as never).options({ name: statementName(sql) }))));
  }

  async one<Row>(sql: string, params: readonly unknown[] = []): Promise<Row | null> {
    const [row] = await this.rows<Row>(sql, params);
    return row ?? null;
  }
}

/**
 * Collects `where` clauses and their parameters in order, so that optional filters never
 * mis-number their placeholders.
 */
export class SqlConditions {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** Adds a clause with `?` placeholders; skipped when `value` is null, undefined or an empty list. */
  when(value: unknown, clause: string, ...params: unknown[]): this {
    const absent = value === undefined || value === null || (Array.isArray(value) && value.length === 0);
    if (!absent) this.add(clause, ...params);
    return this;
  }

  add(clause: string, ...params: unknown[]): this {
    this.clauses.push(`(${clause})`);
    this.params.push(...params);
    return this;
  }

  /** `where a and b`, or an empty string when nothing was added. */
  toWhere(): string {
    return this.clauses.length ? `where ${this.clauses.join(' and ')}` : '';
  }

  /** The same clauses for appending after an existing `where`: `and a and b`. */
  toAnd(): string {
    return this.clauses.map((clause) => `and ${clause}`).join(' ');
  }
}
