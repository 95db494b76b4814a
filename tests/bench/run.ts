import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchSeed } from './seed.bench.js';

/**
 * `npm run bench`: measures and prints; nothing here passes or fails on time.
 * BENCH_SEED_SIZES picks the seed sizes (default "25000,1000000").
 */
const sizes = (process.env.BENCH_SEED_SIZES ?? '25000,1000000').split(',').map((size) => Number(size.trim()));
const results: Record<string, unknown> = { measuredAt: new Date().toISOString() };

async function main(): Promise<void> {
  console.log('Seed: synthetic referrals with people, status history, attendance and outcomes');
  const seed = [];
  for (const referrals of sizes) {
    const result = await benchSeed(referrals);
    seed.push(result);
    console.log(
      `  ${referrals.toLocaleString('en-GB').padStart(9)} referrals: ${result.seconds.toFixed(1)} s ` +
        `(${Math.round(result.referralsPerSecond).toLocaleString('en-GB')}/s), ` +
        `${result.rows.outcome_measurement.toLocaleString('en-GB')} outcome rows, ` +
        `database ${result.databaseMegabytes.toFixed(0)} MiB, peak RSS ${result.peakRssMegabytes.toFixed(0)} MiB`,
    );
  }
  results.seed = seed;
  const folder = resolve(import.meta.dirname, 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(resolve(folder, 'latest.json'), JSON.stringify(results, null, 2));
  console.log(`Written to ${resolve(folder, 'latest.json')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
