import { actorOf, type Viewer } from './viewer.js';
import type { AuditEntry } from './audit.log.js';

/** One audit_log row as it is inserted. */
export interface AuditInsert {
  userId: number | null;
  actor: string;
  action: string;
  operation: string | null;
  detail: string;
  rowCount: number | null;
}

export function auditInsertOf(viewer: Viewer, entry: AuditEntry): AuditInsert {
  return {
    userId: viewer.account?.id ?? null,
    actor: actorOf(viewer),
    action: entry.action,
    operation: entry.operation ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
    rowCount: entry.rowCount ?? null,
  };
}

/** Rows one statement inserts at most. */
const MAX_ROWS = 500;

/**
 * Writes the record-read entries of concurrent requests together ("group commit"): an entry
 * that arrives while a write is under way goes in the next one, with every other entry that
 * arrived meanwhile. Each request still waits until its own entry is committed before its
 * answer is sent, so no record leaves the hub unaudited; under load, ten requests cost one
 * statement instead of ten. When a shared statement fails, its entries are written one by one,
 * so one entry's fault fails only its own request.
 */
export class AuditBatch {
  private queue: { row: AuditInsert; done: (error?: unknown) => void }[] = [];
  private writing = false;

  constructor(private readonly insert: (rows: readonly AuditInsert[]) => Promise<void>) {}

  write(row: AuditInsert): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (this.writing) return;
      this.writing = true;
      // Entries added in this turn of the event loop join the first statement.
      setImmediate(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_ROWS);
      try {
        await this.insert(batch.map((item) => item.row));
        for (const item of batch) item.done();
      } catch (error) {
        if (batch.length === 1) batch[0].done(error);
        else
          await Promise.all(
            batch.map((item) =>
              this.insert([item.row]).then(
                () => item.done(),
                (alone: unknown) => item.done(alone),
              ),
            ),
          );
      }
    }
    this.writing = false;
  }
}
