import { startTestDatabase } from '@hub/db/testing';
import type { RunningDatabase } from '@hub/db';
import { seedDatabase } from '@hub/seed';
import pg from 'pg';

export interface SeedBenchResult {
  referrals: number;
  /** Loading the data, in one transaction. */
  seconds: number;
  /** Rebuilding the reporting rollups afterwards (part of seedDatabase). */
  rollupSeconds: number;
  referralsPerSecond: number;
  rows: Record<string, number>;
  databaseMegabytes: number;
  peakRssMegabytes: number;
}

/** Seeds a scratch database with `referrals` referrals and reports how long it took; the database is handed back running. */
export async function benchSeed(referrals: number): Promise<{ result: SeedBenchResult; database: RunningDatabase }> {
  const database = await startTestDatabase('hub_bench');
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
  try {
    const summary = await seedDatabase(database.url, { referrals });
    const { seconds, rollupSeconds } = summary;
    const result = {
      referrals,
      seconds,
      rollupSeconds,
      referralsPerSecond: referrals / seconds,
      ...(await sizes(database.url)),
      peakRssMegabytes: peakRss / 2 ** 20,
    };
    return { result, database };
  } catch (error) {
    await database.stop();
    throw error;
  } finally {
    clearInterval(sampler);
  }
}

async function sizes(url: string): Promise<{ rows: Record<string, number>; databaseMegabytes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ['person', 'referral', 'referral_status_event', 'attendance', 'outcome_measurement'];
    const rows: Record<string, number> = {};
    for (const table of tables) rows[table] = Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
    const size = await client.query('select pg_database_size(current_database()) as bytes');
    return { rows, databaseMegabytes: Number(size.rows[0].bytes) / 2 ** 20 };
  } finally {
    await client.end();
  }
}

export function printSeed(result: SeedBenchResult): void {
  console.log(
    `  ${result.referrals.toLocaleString('en-GB').padStart(9)} referrals: ${result.seconds.toFixed(1)} s to load, ${result.rollupSeconds.toFixed(1)} s to rebuild rollups ` +
      `(${Math.round(result.referralsPerSecond).toLocaleString('en-GB')}/s), ` +
      `${result.rows.outcome_measurement.toLocaleString('en-GB')} outcome rows, ${result.rows.attendance.toLocaleString('en-GB')} attendance rows, ` +
      `database ${result.databaseMegabytes.toFixed(0)} MiB, peak RSS ${result.peakRssMegabytes.toFixed(0)} MiB`,
  );
}
