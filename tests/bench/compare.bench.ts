import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { postGraphQL } from '../support/graphql.client.js';
import { benchAccounts } from './bench.accounts.js';
import { startServerProcess, type ServerProcess } from './bench.process.js';
import { compareWorkloads, workloadSubjects, type Workload } from './compare.workloads.js';
import { startPostGraphile } from './postgraphile.process.js';
import { ms } from './timing.js';

/**
 * Issue 11's side by side: the hub, PostGraphile 5 over the same rollups, and hand-written SQL,
 * on the same database. Every system's answer to a workload is checked against the SQL's before
 * anything is timed. Then the systems take turns (round-robin, the order rotated each round),
 * each running a batch with CLIENTS requests in flight, first as a warm-up of
 * BENCH_COMPARE_WARM_UP requests (200) and then for BENCH_COMPARE_REQUESTS requests each.
 *
 * The hub is asked as an analyst granted record access: the role that may list referrals, and
 * one that gets exact figures (docs/methods.md, "Who gets exact figures"), as PostGraphile and
 * SQL do, so the three answers can be compared cell for cell. Comparing controlled figures with
 * SQL rounded the same way would let a rounding bug in the hub hide behind the check's rounding.
 */
export const RESULT_CACHE_ENV = 'HUB_RESULT_CACHE';
const CLIENTS = 10;
const BATCH = 50;
const requests = Number(process.env.BENCH_COMPARE_REQUESTS ?? 400);
/** Requests each system answers, per workload, before any is timed: a JIT-compiled server is slow until its hot paths are compiled. */
const WARM_UP = Number(process.env.BENCH_COMPARE_WARM_UP ?? 200);

/** One way of answering a workload: `send` is what is timed, `lines` turns its response into the checked shape. */
interface System {
  name: string;
  send(): Promise<unknown>;
  lines(response: unknown): string[];
}

export interface SystemFigures {
  requests: number;
  p50: number;
  p95: number;
  requestsPerSecond: number;
}

export interface CompareRow {
  workload: string;
  /** Lines in the checked answer (cells, referrals or history steps). */
  answerLines: number;
  /** Set when a system's answer differed from the SQL's: the workload was not timed. */
  mismatch?: string;
  /** Per system: `hub (cache off)`, `hub (cache on)` or `hub (as configured)`, `PostGraphile`, `SQL`. */
  systems: Record<string, SystemFigures>;
  /** Per hub run: its throughput ÷ PostGraphile's, and its p50 ÷ the SQL's. */
  ratios: Record<string, { throughputVsPostGraphile: number; p50VsSql: number }>;
}

interface HubApi extends ServerProcess {
  label: string;
}

/** Starts the hub's API (once per result-cache setting), PostGraphile and a SQL pool over `databaseUrl`, and compares them. */
export async function benchCompare(databaseUrl: string): Promise<CompareRow[]> {
  const hubs: HubApi[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CLIENTS });
  try {
    for (const mode of resultCacheModes()) hubs.push(await startHubApi(databaseUrl, mode));
    const accounts = await benchAccounts(hubs[0].url, databaseUrl);
    let postgraphile: ServerProcess | undefined;
    try {
      postgraphile = await startPostGraphile(databaseUrl);
      const rows: CompareRow[] = [];
      for (const workload of compareWorkloads(await workloadSubjects(pool))) {
        const systems: System[] = [
          ...hubs.map((hub) => ({ name: hub.label, send: () => graphQLData(hub.url, workload.hub, accounts.queries.records), lines: workload.fromHub })),
          { name: 'PostGraphile', send: () => graphQLData(postgraphile!.url, workload.postgraphile), lines: workload.fromPostGraphile },
          { name: 'SQL', send: () => pool.query(workload.sql.text, workload.sql.values), lines: (result) => workload.fromSql((result as pg.QueryResult).rows) },
        ];
        rows.push(await compareOne(workload, systems, hubs));
      }
      return rows;
    } finally {
      await postgraphile?.stop();
      await accounts.close();
    }
  } finally {
    for (const hub of hubs) await hub.stop();
    await pool.end();
  }
}

async function compareOne(workload: Workload, systems: System[], hubs: HubApi[]): Promise<CompareRow> {
  const answers = await Promise.all(systems.map(async (system) => system.lines(await system.send())));
  const reference = answers[answers.length - 1];
  const row: CompareRow = { workload: workload.name, answerLines: reference.length, systems: {}, ratios: {} };
  for (const [index, answer] of answers.entries()) {
    const difference = firstDifference(answer, reference);
    if (difference) {
      row.mismatch = `${systems[index].name} answers differently from SQL: ${difference}`;
      console.error(`\n  ✗ ${workload.name}: ${row.mismatch}; not timed`);
      return row;
    }
  }
  const samples = new Map<string, { latencies: number[]; seconds: number }>(systems.map((system) => [system.name, { latencies: [], seconds: 0 }]));
  const rounds = Math.ceil(requests / BATCH);
  const warmUpRounds = Math.ceil(WARM_UP / BATCH);
  for (let round = -warmUpRounds; round < rounds; round++) {
    // Rounds before 0 warm every system up (its JIT compiler, its pools and caches) and are not counted.
    for (let turn = 0; turn < systems.length; turn++) {
      const system = systems[(Math.abs(round) + turn) % systems.length];
      const batch = await runBatch(system.send, Math.min(BATCH, requests - Math.max(round, 0) * BATCH));
      if (round < 0) continue;
      const into = samples.get(system.name)!;
      into.latencies.push(...batch.latencies);
      into.seconds += batch.seconds;
    }
  }
  for (const [name, { latencies, seconds }] of samples) row.systems[name] = figuresOf(latencies, seconds);
  for (const hub of hubs) {
    const figures = row.systems[hub.label];
    row.ratios[hub.label] = {
      throughputVsPostGraphile: figures.requestsPerSecond / row.systems.PostGraphile.requestsPerSecond,
      p50VsSql: figures.p50 / row.systems.SQL.p50,
    };
  }
  return row;
}

/** `count` requests with CLIENTS in flight at a time: each request's latency, and the batch's wall time. */
async function runBatch(send: () => Promise<unknown>, count: number): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < count) {
      next++;
      const sent = performance.now();
      await send();
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CLIENTS, count) }, client));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

function figuresOf(latencies: number[], seconds: number): SystemFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
  return { requests: sorted.length, p50: at(0.5), p95: at(0.95), requestsPerSecond: sorted.length / seconds };
}

function firstDifference(answer: string[], reference: string[]): string | null {
  for (let index = 0; index < Math.max(answer.length, reference.length); index++) {
    if (answer[index] !== reference[index]) {
      return `line ${index + 1} of ${answer.length} is "${answer[index] ?? '(none)'}", SQL's (of ${reference.length}) is "${reference[index] ?? '(none)'}"`;
    }
  }
  return null;
}

async function graphQLData(url: string, query: string, token?: string): Promise<unknown> {
  const answer = await postGraphQL(url, query, {}, { token });
  if (answer.errors?.length || !answer.data) throw new Error(`${url} answered ${JSON.stringify(answer.errors ?? 'no data')} to ${query}`);
  return answer.data;
}

/**
 * The result-cache settings to run the hub with: off and on when the API reads RESULT_CACHE_ENV,
 * else one run with the API as it is. Each setting gets an API process of its own, started with
 * the variable set.
 */
function resultCacheModes(): ('off' | 'on' | null)[] {
  const sources = resolve(import.meta.dirname, '../../apps/api/src');
  const honoured = readdirSync(sources, { recursive: true, encoding: 'utf8' }).some(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && readFileSync(resolve(sources, file), 'utf8').includes(RESULT_CACHE_ENV),
  );
  return honoured ? ['off', 'on'] : [null];
}

/** The hub's API in a process of its own, like PostGraphile's, with the result cache set as asked. */
async function startHubApi(databaseUrl: string, mode: 'off' | 'on' | null): Promise<HubApi> {
  const tsx = resolve(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');
  const tsconfig = resolve(import.meta.dirname, '../../packages/tsconfig/run.json');
  const server = await startServerProcess('The hub API', process.execPath, [tsx, '--tsconfig', tsconfig, resolve(import.meta.dirname, 'hub.server.ts')], {
    DATABASE_URL: databaseUrl,
    HUB_RATE_LIMIT_PER_MINUTE: String(1_000_000),
    ...(mode ? { [RESULT_CACHE_ENV]: mode } : {}),
  });
  return { label: mode ? `hub (cache ${mode})` : 'hub (as configured)', ...server };
}

export function printCompareRows(rows: CompareRow[]): void {
  for (const row of rows) {
    if (row.mismatch) {
      console.log(`  ${row.workload}\n    ✗ not timed: ${row.mismatch}`);
      continue;
    }
    console.log(`  ${row.workload} (answers of ${row.answerLines} lines checked equal)`);
    console.log(
      `    ${'system'.padEnd(22)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'req/s'.padStart(8)}   ${'÷ PostGraphile req/s'.padStart(20)} ${'p50 ÷ SQL p50'.padStart(14)}`,
    );
    for (const [name, figures] of Object.entries(row.systems)) {
      const ratio = row.ratios[name];
      const ratios = ratio ? `${ratio.throughputVsPostGraphile.toFixed(2).padStart(19)}× ${ratio.p50VsSql.toFixed(2).padStart(13)}×` : '';
      console.log(`    ${name.padEnd(22)} ${ms(figures.p50)} ${ms(figures.p95)} ${figures.requestsPerSecond.toFixed(0).padStart(8)}   ${ratios}`);
    }
  }
}

/** The same figures as one Markdown table in the layout of issue 11, to paste into a note. */
export function printCompareTable(rows: CompareRow[]): void {
  const timed = rows.filter((row) => !row.mismatch);
  if (timed.length === 0) return;
  const systems = Object.keys(timed[0].systems);
  const hubs = Object.keys(timed[0].ratios);
  const header = [
    'workload',
    ...systems.map((name) => `${name} p50`),
    ...hubs.map((name) => `${name} ÷ PostGraphile throughput`),
    ...hubs.map((name) => `${name} p50 ÷ SQL p50`),
  ];
  const cells = (row: CompareRow) => [
    row.workload,
    ...systems.map((name) => `${row.systems[name].p50.toFixed(1)} ms`),
    ...hubs.map((name) => `${row.ratios[name].throughputVsPostGraphile.toFixed(2)}×`),
    ...hubs.map((name) => `${row.ratios[name].p50VsSql.toFixed(2)}×`),
  ];
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of timed) console.log(`| ${cells(row).join(' | ')} |`);
}
