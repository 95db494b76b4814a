import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { importFile } from '@hub/import';
import { writeReferralsCsv } from '@hub/import/testing';

export interface ImportBenchResult {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rebuilding the rollups that read what the import wrote, inside its transaction (each still whole; per month is a later step). */
  rollupSeconds: number;
  peakRssMegabytes: number;
}

const BENCH_ADMIN = 'bench-import@example.org';

/** Generates a referrals CSV of `rows` rows in a temporary folder and imports it into the seeded database. */
export async function benchImport(databaseUrl: string, rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000)): Promise<ImportBenchResult> {
  const folder = mkdtempSync(join(tmpdir(), 'hub-bench-import-'));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  try {
    const file = join(folder, 'referrals.csv');
    await writeReferralsCsv(file, rows, 'BENCH');
    await client.query(`delete from hub_user where is_demo`);
    await client.query(`insert into hub_user (email, display_name, role) values ($1, 'Bench import', 'admin') on conflict (email) do nothing`, [BENCH_ADMIN]);
    peakRss = process.memoryUsage().rss;
    const summary = await importFile(client, { kind: 'referrals', path: file, as: BENCH_ADMIN, pseudonymKey: 'bench-import-pseudonym-key-0123456789abcdef' });
    return { rows, seconds: summary.seconds, rowsPerSecond: rows / summary.seconds, rollupSeconds: summary.rollupSeconds, peakRssMegabytes: peakRss / 2 ** 20 };
  } finally {
    clearInterval(sampler);
    await client.end();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function printImport(result: ImportBenchResult): void {
  console.log(
    `Import: ${result.rows.toLocaleString('en-GB')} referrals from CSV in ${result.seconds.toFixed(1)} s (${Math.round(result.rowsPerSecond).toLocaleString('en-GB')} rows/s, rollups ${result.rollupSeconds.toFixed(1)} s), peak RSS ${Math.round(result.peakRssMegabytes)} MB`,
  );
}
