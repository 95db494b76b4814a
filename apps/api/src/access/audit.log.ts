import type { SqlClient } from '../common/sql.client.js';
import { auditInsertOf, type AuditInsert } from './audit.batch.js';
import type { Viewer } from './viewer.js';

export interface AuditEntry {
  action: string;
  operation?: string | null;
  detail?: Record<string, unknown>;
  rowCount?: number | null;
}

export interface AuditRow {
  id: string;
  at: string;
  user_id: number | null;
  actor: string;
  action: string;
  operation: string | null;
  detail: Record<string, unknown>;
  row_count: number | null;
}

export interface AuditQuery {
  from?: string | null;
  to?: string | null;
  userId?: number | null;
  actions?: readonly string[] | null;
  beforeId?: string | null;
  limit: number;
}

/**
 * The append-only audit log (docs/methods.md, "Access and audit"). The table's trigger refuses
 * updates and deletes from anyone, so this class can only add and read.
 */
export class AuditLog {
  constructor(private readonly sql: SqlClient) {}

  write(viewer: Viewer, entry: AuditEntry): Promise<void> {
    return this.writeRows([auditInsertOf(viewer, entry)]);
  }

  /** Entries in one statement, in order: all are kept or, if it fails, none. */
  async writeRows(rows: readonly AuditInsert[]): Promise<void> {
    await this.sql.rows(
      `insert into audit_log (user_id, actor, action, operation, detail, row_count)
       select user_id, actor, action, operation, detail::jsonb, row_count
       from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[]) with ordinality
         as entry(user_id, actor, action, operation, detail, row_count, position)
       order by position`,
      [
        rows.map((row) => row.userId),
        rows.map((row) => row.actor),
        rows.map((row) => row.action),
        rows.map((row) => row.operation),
        rows.map((row) => row.detail),
        rows.map((row) => row.rowCount),
      ],
    );
  }

  /** Newest first, a page at a time by id. */
  list(query: AuditQuery): Promise<AuditRow[]> {
    return this.sql.rows(
      `select id::text as id, at, user_id, actor, action, operation, detail, row_count from audit_log
       where (?::timestamptz is null or at >= ?::timestamptz)
         and (?::timestamptz is null or at < ?::timestamptz)
         and (?::int is null or user_id = ?::int)
         and (cardinality(?::text[]) = 0 or action = any(?::text[]))
         and (?::bigint is null or id < ?::bigint)
       order by audit_log.id desc limit ?`,
      [
        query.from ?? null,
        query.from ?? null,
        query.to ?? null,
        query.to ?? null,
        query.userId ?? null,
        query.userId ?? null,
        query.actions ?? [],
        query.actions ?? [],
        query.beforeId ?? null,
        query.beforeId ?? null,
        query.limit,
      ],
    );
  }
}

/** Record-level reads of one request, gathered as they happen and written once when it ends. */
export class RecordReadTrail {
  private readonly reads = new Map<string, { rows: number; filters: unknown[] }>();

  note(what: string, rows: number, filter?: unknown): void {
    const entry = this.reads.get(what) ?? { rows: 0, filters: [] };
    entry.rows += rows;
    if (filter !== undefined && entry.filters.length < 5) entry.filters.push(filter);
    this.reads.set(what, entry);
  }

  get isEmpty(): boolean {
    return this.reads.size === 0;
  }

  /** One audit entry for the request: what was read, how many rows of each, with which filters. */
  toEntry(operation: string | null, variables: Record<string, unknown> | undefined): AuditEntry {
    const read = Object.fromEntries(this.reads);
    const rowCount = [...this.reads.values()].reduce((sum, entry) => sum + entry.rows, 0);
    return { action: 'records.read', operation, detail: { read, variables: variables ?? {} }, rowCount };
  }
}
