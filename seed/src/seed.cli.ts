import { resolve } from 'node:path';
import { migrate, openOrm, startDatabase, type RunningDatabase } from '@hub/db';
import { CliArgumentError, parseSeedArguments, USAGE, type SeedArguments } from './cli-args.parser.js';
import { createProgressReporter } from './progress.reporter.js';
import { loadPseudonymKey, pseudonymKeySettings } from './pseudonym-key.file.js';
import { seedDatabase } from './seed.service.js';

/**
 * `npm run seed -- --referrals N [--seed S] [--replace]`. Uses DATABASE_URL when set, else the
 * embedded database that `npm start` uses, migrated first.
 */
const repoRoot = resolve(import.meta.dirname, '../..');

async function main(argv: readonly string[]): Promise<number> {
  let args: SeedArguments;
  try {
    args = parseSeedArguments(argv);
  } catch (error) {
    if (!(error instanceof CliArgumentError)) throw error;
    console.error(`seed: ${error.message}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const dataDir = resolve(repoRoot, process.env.HUB_DATA_DIR ?? '.data');
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const start = () => startDatabase({ databaseUrl, dataDir, port: Number(process.env.HUB_DB_PORT ?? 54329) });
  const database = await start();
  try {
    // The same key as `npm start`, so a town seeded here is pseudonymised like any later import.
    const { key } = loadPseudonymKey(pseudonymKeySettings(process.env, dataDir));
    return await seedRunning(database, args, key);
  } finally {
    await database.stop();
  }
}

async function seedRunning(database: RunningDatabase, args: SeedArguments, pseudonymKey: string): Promise<number> {
  const orm = await openOrm(database.url);
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
  const progress = createProgressReporter(process.stderr);
  const summary = await seedDatabase(database.url, {
    referrals: args.referrals,
    seed: args.seed,
    replace: args.replace,
    pseudonymKey,
    onProgress: (done, total) => progress.update(done, total),
    onLoaded: (seconds) => {
      progress.finish();
      console.error(`seed: loaded in ${seconds}s; rebuilding the reporting rollups`);
    },
  }).finally(() => progress.finish());
  const rows = Object.values(summary.counts).reduce((sum, count) => sum + count, 0);
  console.error(
    `seed: ${summary.referrals.toLocaleString('en-GB')} referrals (seed ${summary.seed}), ${rows.toLocaleString('en-GB')} rows in ${summary.seconds}s, rollups rebuilt in ${summary.rollupSeconds}s`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`seed: ${message.split('\n')[0]}`);
    process.exit(1);
  },
);
