import type { InspectedFile } from '../source/file.inspect.js';
import type { Importer } from './importer.account.js';
import { rowsOf, type ImportClient } from './sql.client.js';

/** Advisory-lock namespace of import runs: a live import holds its run's lock for as long as it runs. */
const RUN_LOCK = 8_010_001;
/** One import writes at a time, so two files naming one referral cannot race. */
const WRITE_LOCK = 8_010_002;

export interface Counts {
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  quarantined: number;
}

/**
 * Records the start of a run, committed at once so that an import that dies shows as running.
 * A run left running by a process that is gone (its lock is free) is taken over when the same
 * file is imported again, and marked failed otherwise; its data was never committed.
 */
export async function beginRun(client: ImportClient, kind: string, file: InspectedFile, importer: Importer): Promise<{ id: number; resumed: boolean }> {
  const running = await rowsOf<{ id: number; kind: string; file_sha256: string }>(
    client,
    `select id, kind, file_sha256 from import_run where status = 'running' order by id`,
  );
  let resumed: number | null = null;
  for (const run of running) {
    const [{ free }] = await rowsOf<{ free: boolean }>(client, `select pg_try_advisory_lock($1, $2) as free`, [RUN_LOCK, run.id]);
    if (!free) continue;
    if (resumed === null && run.kind === kind && run.file_sha256 === file.sha256) {
      resumed = run.id;
      continue;
    }
    await client.query(
      `update import_run set status = 'failed', finished_at = clock_timestamp(), message = 'The import stopped before it finished; nothing of it was kept.' where id = $1`,
      [run.id],
    );
    await client.query(`select pg_advisory_unlock($1, $2)`, [RUN_LOCK, run.id]);
  }
  if (resumed !== null) {
    await client.query(`update import_run set user_id = $2, actor = $3, file_name = $4 where id = $1`, [resumed, importer.id, importer.email, file.name]);
    return { id: resumed, resumed: true };
  }
  const [run] = await rowsOf<{ id: number }>(
    client,
    `insert into import_run (kind, file_name, file_sha256, user_id, actor, status) values ($1, $2, $3, $4, $5, 'running') returning id`,
    [kind, file.name, file.sha256, importer.id, importer.email],
  );
  await client.query(`select pg_advisory_lock($1, $2)`, [RUN_LOCK, run.id]);
  return { id: run.id, resumed: false };
}

/** Opens the run's one transaction; everything the import writes is kept together or not at all. */
export async function beginWrites(client: ImportClient): Promise<void> {
  await client.query('begin');
  await client.query(`select pg_advisory_xact_lock($1)`, [WRITE_LOCK]);
  // Every statement of an import would move the data version (and queue on its one row); the
  // import moves it once, in finishWrites, so cached answers are dropped when its rows appear.
  await client.query(`set local hub.defer_data_version = 'on'`);
}

/** Moves the data version once for everything the import wrote, in its transaction (docs/methods.md, "Caching"). */
export async function finishWrites(client: ImportClient): Promise<void> {
  await client.query(`select data_version_bump()`);
}

export async function quarantine(
  client: ImportClient,
  runId: number,
  rows: readonly { rowNumber: number; row: Record<string, string>; reasons: string[] }[],
): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `insert into import_quarantine (run_id, row_number, row, reasons)
     select $1, u.row_number, u.row, array(select jsonb_array_elements_text(u.reasons)) from unnest($2::int[], $3::jsonb[], $4::jsonb[]) as u(row_number, row, reasons)`,
    [runId, rows.map((row) => row.rowNumber), rows.map((row) => JSON.stringify(row.row)), rows.map((row) => JSON.stringify(row.reasons))],
  );
}

/** Completes the run and writes the audit entry, inside the run's transaction. */
export async function completeRun(client: ImportClient, runId: number, kind: string, file: InspectedFile, importer: Importer, counts: Counts): Promise<void> {
  await client.query(
    `update import_run set status = 'completed', finished_at = clock_timestamp(), message = null,
            rows_read = $2, inserted = $3, updated = $4, unchanged = $5, quarantined = $6 where id = $1`,
    [runId, counts.rowsRead, counts.inserted, counts.updated, counts.unchanged, counts.quarantined],
  );
  await client.query(`insert into audit_log (user_id, actor, action, operation, detail, row_count) values ($1, $2, 'import.file', $3, $4::jsonb, $5)`, [
    importer.id,
    importer.email,
    kind,
    JSON.stringify({ runId, kind, fileName: file.name, sha256: file.sha256, ...counts }),
    counts.rowsRead,
  ]);
}

/** A refused file leaves no trace but the refusal itself: its run row goes. */
export async function discardRun(client: ImportClient, runId: number): Promise<void> {
  await client.query(`delete from import_run where id = $1`, [runId]);
  await client.query(`select pg_advisory_unlock($1, $2)`, [RUN_LOCK, runId]);
}

export async function failRun(client: ImportClient, runId: number, message: string): Promise<void> {
  await client.query(`update import_run set status = 'failed', finished_at = clock_timestamp(), message = $2 where id = $1`, [runId, message]);
  await client.query(`select pg_advisory_unlock($1, $2)`, [RUN_LOCK, runId]);
}

export async function releaseRun(client: ImportClient, runId: number): Promise<void> {
  await client.query(`select pg_advisory_unlock($1, $2)`, [RUN_LOCK, runId]);
}
