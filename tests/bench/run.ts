import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchHub } from '../../packages/cli/src/hub.launcher.js';
import { readSettings } from '../../packages/cli/src/hub.settings.js';
import { freePort } from '../support/free.port.js';
import { benchSeed, printSeed } from './seed.bench.js';
import { benchFiguresFollow, benchImport, printFiguresFollow, printImport } from './import.bench.js';
import { benchQueries, printQueryRows } from './query.bench.js';
import { benchPages, printPageRows } from './page.bench.js';
import { benchSignInCheck, printSignInCheckRows } from './auth.bench.js';
import { benchAccounts, type BenchAccounts } from './bench.accounts.js';
import { benchMemory, printMemory } from './memory.bench.js';
import { benchCompare, printCompareRows, printCompareTable, type CompareRow } from './compare.bench.js';

/**
 * `npm run bench`: measures and prints; nothing here passes or fails on time.
 * BENCH_SMALL (default 25,000) and BENCH_REFERRALS (default 1,000,000) set the two seed sizes;
 * the queries and pages are timed on the larger one. BENCH_SKIP_PAGES=1 leaves out the browser.
 * With BENCH_API_URL, BENCH_DASHBOARD_URL and BENCH_DATABASE_URL it seeds nothing and times the
 * queries and pages of a hub that is already running. Every request is signed in as an analyst
 * made on the bench database; the hub it launches has its per-caller rate limit lifted, since
 * the bench times requests one after another far faster than a person would.
 *
 * On the larger database it then compares the hub with PostGraphile 5 over the same rollups and
 * with hand-written SQL (compare.bench.ts): answers checked equal first, then 10 concurrent
 * clients, systems taking turns; BENCH_COMPARE_REQUESTS (default 400) requests per system and
 * workload. `npm run bench -- --compare` with BENCH_DATABASE_URL runs only the comparison, on a
 * database that is already seeded; it starts its own API and PostGraphile and writes
 * results/compare.json. A workload whose answers differ is not timed and fails the run.
 */
const small = Number(process.env.BENCH_SMALL ?? 25_000);
const large = Number(process.env.BENCH_REFERRALS ?? 1_000_000);
const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), small, large };

async function main(): Promise<void> {
  if (process.argv.includes('--compare')) return compareOnly();
  if (process.env.BENCH_API_URL && process.env.BENCH_DASHBOARD_URL && process.env.BENCH_DATABASE_URL) return benchRunningHub();
  console.log('Seed: synthetic referrals with people, status history, attendance and outcomes');
  const smallRun = await benchSeed(small);
  printSeed(smallRun.result);
  const imported = await benchImport(smallRun.database.url);
  printImport(imported);
  results.import = imported;
  await smallRun.database.stop();
  const largeRun = await benchSeed(large);
  printSeed(largeRun.result);
  results.seed = [smallRun.result, largeRun.result];
  try {
    await benchHub(largeRun.database.url);
    results.compare = await compare(largeRun.database.url);
  } finally {
    await largeRun.database.stop();
  }
  writeResults('latest.json', results);
  failOnMismatch(results.compare as CompareRow[]);
}

/** `npm run bench -- --compare`: only the side-by-side comparison, on the seeded database at BENCH_DATABASE_URL. */
async function compareOnly(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) throw new Error('BENCH_DATABASE_URL: required with --compare (the seeded database to compare on)');
  const rows = await compare(databaseUrl);
  writeResults('compare.json', { measuredAt: results.measuredAt, compare: rows });
  failOnMismatch(rows);
}

async function compare(databaseUrl: string): Promise<CompareRow[]> {
  console.log(
    `\nSide by side on the same rollups: the hub, PostGraphile 5 and hand-written SQL, 10 concurrent clients, taking turns (÷ PostGraphile req/s = throughput ratio; p50 ÷ SQL p50)`,
  );
  const rows = await benchCompare(databaseUrl);
  printCompareRows(rows);
  printCompareTable(rows);
  return rows;
}

function failOnMismatch(rows: CompareRow[]): void {
  if (rows.some((row) => row.mismatch)) {
    console.error('\nSome systems answered differently: those workloads were not timed (see above).');
    process.exitCode = 1;
  }
}

function writeResults(file: string, content: unknown): void {
  const folder = resolve(import.meta.dirname, 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(resolve(folder, file), JSON.stringify(content, null, 2));
  console.log(`\nWritten to ${resolve(folder, file)}`);
}

/** Times the queries and pages of a hub that is already running (e.g. `npm start` on a large database). */
async function benchRunningHub(): Promise<void> {
  const hub = { apiUrl: process.env.BENCH_API_URL!, dashboardUrl: process.env.BENCH_DASHBOARD_URL! };
  const accounts = await benchAccounts(hub.apiUrl, process.env.BENCH_DATABASE_URL!);
  try {
    console.log(`GraphQL queries over HTTP, warm, on the running hub at ${hub.apiUrl}`);
    printQueryRows(await benchQueries(hub.apiUrl, process.env.BENCH_DATABASE_URL!, accounts.queries));
    console.log(`\nDashboard pages in Chromium, on the running hub at ${hub.dashboardUrl}`);
    printPageRows(await benchPages(hub.dashboardUrl, accounts.queries.analyst));
  } finally {
    await accounts.close();
  }
}

async function benchHub(databaseUrl: string): Promise<void> {
  process.env.HUB_RATE_LIMIT_PER_MINUTE ??= String(1_000_000);
  const settings = {
    ...readSettings({}, resolve(import.meta.dirname, '../..')),
    databaseUrl,
    apiPort: await freePort(),
    dashboardPort: await freePort(),
    host: '127.0.0.1',
  };
  const hub = await launchHub(settings, () => {});
  let accounts: BenchAccounts | undefined;
  try {
    accounts = await benchAccounts(hub.apiUrl, databaseUrl);
    console.log(
      `\nGraphQL queries over HTTP, warm, ${large.toLocaleString('en-GB')} referrals, as a signed-in analyst (ratio = p50 ÷ hand-written SQL p50; service = the reporting call without HTTP)`,
    );
    const queries = await benchQueries(hub.apiUrl, databaseUrl, accounts.queries);
    printQueryRows(queries);
    results.queries = queries;
    const follow = await benchFiguresFollow(hub.apiUrl, databaseUrl, accounts.queries.analyst);
    printFiguresFollow(follow);
    results.figuresFollow = follow;
    console.log('\nChecking who is asking, per request (HTTP looks the token up every time; in process reuses a context built once)');
    const signInCheck = await benchSignInCheck(hub.apiUrl, databaseUrl, accounts.signInCheck);
    printSignInCheckRows(signInCheck);
    results.signInCheck = signInCheck;
    console.log(`\nMemory: 50 concurrent clients for 60 s on one more API process, ${large.toLocaleString('en-GB')} referrals`);
    const memory = await benchMemory(databaseUrl, accounts.queries);
    printMemory(memory);
    results.memory = memory;
    if (process.env.BENCH_SKIP_PAGES !== '1') {
      console.log(`\nDashboard pages in Chromium, ${large.toLocaleString('en-GB')} referrals, signed in as an analyst`);
      const pages = await benchPages(hub.dashboardUrl, accounts.queries.analyst);
      printPageRows(pages);
      results.pages = pages;
    }
  } finally {
    await accounts?.close();
    await hub.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
