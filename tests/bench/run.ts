import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchHub } from '../../packages/cli/src/hub.launcher.js';
import { readSettings } from '../../packages/cli/src/hub.settings.js';
import { freePort } from '../support/free.port.js';
import { benchSeed, printSeed } from './seed.bench.js';
import { benchQueries, printQueryRows } from './query.bench.js';
import { benchPages, printPageRows } from './page.bench.js';

/**
 * `npm run bench`: measures and prints; nothing here passes or fails on time.
 * BENCH_SMALL (default 25,000) and BENCH_REFERRALS (default 1,000,000) set the two seed sizes;
 * the queries and pages are timed on the larger one. BENCH_SKIP_PAGES=1 leaves out the browser.
 * With BENCH_API_URL, BENCH_DASHBOARD_URL and BENCH_DATABASE_URL it seeds nothing and times the
 * queries and pages of a hub that is already running.
 */
const small = Number(process.env.BENCH_SMALL ?? 25_000);
const large = Number(process.env.BENCH_REFERRALS ?? 1_000_000);
const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), small, large };

async function main(): Promise<void> {
  if (process.env.BENCH_API_URL && process.env.BENCH_DASHBOARD_URL && process.env.BENCH_DATABASE_URL) return benchRunningHub();
  console.log('Seed: synthetic referrals with people, status history, attendance and outcomes');
  const smallRun = await benchSeed(small);
  printSeed(smallRun.result);
  await smallRun.database.stop();
  const largeRun = await benchSeed(large);
  printSeed(largeRun.result);
  results.seed = [smallRun.result, largeRun.result];
  try {
    await benchHub(largeRun.database.url);
  } finally {
    await largeRun.database.stop();
  }
  const folder = resolve(import.meta.dirname, 'results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(resolve(folder, 'latest.json'), JSON.stringify(results, null, 2));
  console.log(`\nWritten to ${resolve(folder, 'latest.json')}`);
}

/** Times the queries and pages of a hub that is already running (e.g. `npm start` on a large database). */
async function benchRunningHub(): Promise<void> {
  const hub = { apiUrl: process.env.BENCH_API_URL!, dashboardUrl: process.env.BENCH_DASHBOARD_URL! };
  console.log(`GraphQL queries over HTTP, warm, on the running hub at ${hub.apiUrl}`);
  printQueryRows(await benchQueries(hub.apiUrl, process.env.BENCH_DATABASE_URL!));
  console.log(`\nDashboard pages in Chromium, on the running hub at ${hub.dashboardUrl}`);
  printPageRows(await benchPages(hub.dashboardUrl));
}

async function benchHub(databaseUrl: string): Promise<void> {
  const settings = { ...readSettings({}, resolve(import.meta.dirname, '../..')), databaseUrl, apiPort: await freePort(), dashboardPort: await freePort(), host: '127.0.0.1' };
  const hub = await launchHub(settings, () => {});
  try {
    console.log(`\nGraphQL queries over HTTP, warm, ${large.toLocaleString('en-GB')} referrals (ratio = p50 ÷ hand-written SQL p50; service = the reporting call without HTTP)`);
    const queries = await benchQueries(hub.apiUrl, databaseUrl);
    printQueryRows(queries);
    results.queries = queries;
    if (process.env.BENCH_SKIP_PAGES !== '1') {
      console.log(`\nDashboard pages in Chromium, ${large.toLocaleString('en-GB')} referrals`);
      const pages = await benchPages(hub.dashboardUrl);
      printPageRows(pages);
      results.pages = pages;
    }
  } finally {
    await hub.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
