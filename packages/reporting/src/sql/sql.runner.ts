import { createHash } from 'node:crypto';

/**
 * The one thing reporting needs from a database: run a parameterised statement ($1, $2, …)
 * and get rows back. Reports depend on this, not on pg or MikroORM, so they stay testable
 * and ORM-free.
 */
export interface SqlRunner {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

const names = new Map<string, string>();
/** Distinct statements remembered at most; past it the memory starts afresh (PostgreSQL keeps its own). */
const MAX_NAMES = 2_000;

/**
 * A name for a statement, the same for the same text: pg then prepares it once per pooled
 * connection, and PostgreSQL parses it once and may reuse its plan, instead of parsing and
 * planning every request's statements afresh (docs/methods.md, "How fast the API answers").
 */
export function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `hub_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

/** Anything with pg's `query(text, values)` shape: a pg.Pool, a pg.Client or a pool client. */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export function pgRunner(pool: PgQueryable): SqlRunner {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const result = await pool.query(sql, params);
      return result.rows as T[];
    },
  };
}

/** A pooled pg connection, which also takes a named statement. */
interface PgConnectionLike extends PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

interface KnexClientLike {
  acquireConnection(): Promise<PgConnectionLike>;
  releaseConnection(connection: PgConnectionLike): Promise<unknown>;
}

/** The part of a MikroORM EntityManager (PostgreSQL driver) the adapter uses. */
export interface MikroOrmEntityManagerLike {
  getConnection(type?: 'read' | 'write'): { getKnex(): { client: KnexClientLike } };
}

/**
 * MikroORM's `execute` inlines `?` placeholders into the SQL text and has no `$n` form, so the
 * adapter borrows a pooled pg connection from the same pool instead and sends the parameters
 * separately, as a named statement (statementName). 'read' borrows from the ORM's read replica, when
 * it has one, and from the primary otherwise.
 */
export function mikroOrmRunner(em: MikroOrmEntityManagerLike, type: 'read' | 'write' = 'write'): SqlRunner {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const client = em.getConnection(type).getKnex().client;
      const connection = await client.acquireConnection();
      try {
        const result = await connection.query({ name: statementName(sql), text: sql, values: params });
        return result.rows as T[];
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}
