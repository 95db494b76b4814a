import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { importFile, type ImportSummary } from '../import.service.js';

export const TEST_PSEUDONYM_KEY = 'import-spec-key-'.padEnd(64, '0');
export const SAMPLES = resolve(import.meta.dirname, '../../../../seed/samples');
export const ADMIN = 'import-admin@example.org';
/** Sample dates are in 2024; a fixed today keeps the future-date rule stable. */
export const TODAY = '2025-06-30';

/** An admin to import as (created once; the migration's audit trigger does not touch hub_user). */
export async function ensureAdmin(client: pg.Client, email = ADMIN, role = 'admin'): Promise<number> {
  const { rows } = await client.query(
    `insert into hub_user (email, display_name, role) values ($1, 'Import spec', $2) on conflict (email) do update set role = excluded.role returning id`,
    [email, role],
  );
  return rows[0].id;
}

const TABLES = ['person', 'referral', 'referral_status_event', 'outcome_measurement', 'import_run', 'import_quarantine', 'audit_log'] as const;

/** Row counts of every table an import writes, to show that a refused file wrote nothing. */
export async function tableCounts(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = (await client.query(`select count(*)::int as n from ${table}`)).rows[0].n;
  return counts;
}

export function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hub-import-')), name);
  writeFileSync(path, content);
  return path;
}

/** An account of `role` with scope rows of one kind (created once, its scopes replaced). */
export async function ensureScopedAccount(client: pg.Client, email: string, role: string, scope: { kind: string; refIds: number[] }): Promise<void> {
  const id = await ensureAdmin(client, email, role);
  await client.query(`delete from user_scope where user_id = $1`, [id]);
  await client.query(`insert into user_scope (user_id, kind, ref_id) select $1, $2, unnest($3::int[])`, [id, scope.kind, scope.refIds]);
}

/** Imports one file as `as` (an admin unless named), with the specs' key and today. */
export function importerFor(client: pg.Client): (kind: string, path: string, as?: string) => Promise<ImportSummary> {
  return (kind, path, as = ADMIN) => importFile(client, { kind, path, as, pseudonymKey: TEST_PSEUDONYM_KEY, today: TODAY });
}

/** The reasons of a run's quarantined rows, by row number. */
export async function quarantinedRows(client: pg.Client, runId: number): Promise<{ row_number: number; reasons: string[] }[]> {
  return (await client.query(`select row_number, reasons from import_quarantine where run_id = $1 order by row_number`, [runId])).rows;
}
