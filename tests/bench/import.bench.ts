import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { importFile } from '@hub/import';
import { writeReferralsCsv, type ReferralFileOptions } from '@hub/import/testing';
import { dataOf, postGraphQL } from '../support/graphql.client.js';

export interface ImportBenchResult {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Bringing the rollups up to date inside the import's transaction: the referrals it wrote and the months they fall in. */
  rollupSeconds: number;
  peakRssMegabytes: number;
}

const BENCH_ADMIN = 'bench-import@example.org';

/** Generates a referrals CSV of `rows` rows in a temporary folder and imports it into the seeded database. */
export async function benchImport(
  databaseUrl: string,
  rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000),
  file: ReferralFileOptions = { prefix: 'BENCH' },
): Promise<ImportBenchResult> {
  const folder = mkdtempSync(join(tmpdir(), 'hub-bench-import-'));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  try {
    const path = join(folder, 'referrals.csv');
    await writeReferralsCsv(path, rows, file);
    await client.query(`delete from hub_user where is_demo`);
    await client.query(`insert into hub_user (email, display_name, role) values ($1, 'Bench import', 'admin') on conflict (email) do nothing`, [BENCH_ADMIN]);
    peakRss = process.memoryUsage().rss;
    const summary = await importFile(client, { kind: 'referrals', path, as: BENCH_ADMIN, pseudonymKey: 'bench-import-pseudonym-key-0123456789abcdef' });
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

export interface FiguresFollowResult extends ImportBenchResult {
  /** From the import's start until the API's referral count includes every imported row. */
  secondsUntilFigures: number;
  referralsBefore: number;
}

const RECEIVED = '{ referralFunnel { stages { referrals } } }';

/**
 * Imports one month's feed of 1,000 referrals of people new to the large database while the hub
 * runs (each month an import touches has its monthly summaries recomputed whole, so a month's
 * feed is the unit that matters), and times how long until
 * the API's count of received referrals includes them (issue: figures follow the data within
 * 10 s at a million referrals). The count is read as the analyst sees it, rounded to 5, which a
 * multiple of 5 rows moves by exactly that many.
 */
export async function benchFiguresFollow(apiUrl: string, databaseUrl: string, token: string, rows = 1_000): Promise<FiguresFollowResult> {
  const received = async () =>
    dataOf(await postGraphQL<{ referralFunnel: { stages: { referrals: number | null }[] } }>(apiUrl, RECEIVED, {}, { token })).referralFunnel.stages[0]!
      .referrals ?? 0;
  const before = await received();
  const started = performance.now();
  const imported = await benchImport(databaseUrl, rows, { prefix: `FOLLOW-${Date.now().toString(36)}`, nhsArea: '401', months: 1 });
  while ((await received()) < before + rows) {
    if (performance.now() - started > 120_000)
      throw new Error(`The API still counts fewer than ${before + rows} referrals two minutes after the import started`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ...imported, referralsBefore: before, secondsUntilFigures: (performance.now() - started) / 1000 };
}

export function printFiguresFollow(result: FiguresFollowResult): void {
  console.log(
    `Figures follow an import: ${result.rows.toLocaleString('en-GB')} referrals into ${result.referralsBefore.toLocaleString('en-GB')}: import ${result.seconds.toFixed(1)} s (rollups ${result.rollupSeconds.toFixed(1)} s); the API counts them ${result.secondsUntilFigures.toFixed(1)} s after the import started`,
  );
}
