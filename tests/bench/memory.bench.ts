import { readFileSync } from 'node:fs';
import { startApiProcess } from '../support/api.process.js';
import { freePort } from '../support/free.port.js';
import { postGraphQL } from '../support/graphql.client.js';
import type { QueryBenchTokens } from './query.bench.js';

/**
 * Memory under load (issue 11: the API's RSS stays under 300 MB under 50 concurrent clients for
 * 60 s). The hub the bench launched runs its API inside the bench's own process, beside the
 * clients, so this starts one more API process on the same database, compiled as `npm run serve
 * -w @hub/api` runs it in production (turbo builds it before the bench), and reads that
 * process's resident memory from /proc while clients send a
 * mix of the dashboards' analytics queries and pages of referrals, each as soon as its last
 * answer arrived.
 */
export interface MemoryBenchResult {
  clients: number;
  seconds: number;
  requests: number;
  /** Answers with GraphQL errors or a failed request; they count in `requests`. */
  failures: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  /** Resident memory of the API process, in MB: once started and warmed, at its highest under load, and at the end. */
  startRssMegabytes: number;
  peakRssMegabytes: number;
  endRssMegabytes: number;
}

const YEARS = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'];

/** The operations, each with a financial year to vary, and whether it needs record access. */
const mix: { query: (year: string) => string; records?: true }[] = [
  { query: () => '{ referralsPerMonth { month count } }' },
  {
    query: (year) =>
      `{ aggregate(measures: [REFERRALS, MEDIAN_WAIT_DAYS], dimensions: [PROGRAMME], granularity: MONTH, filter: { financialYear: "${year}" }) { rows { period dimensions { key label } values { value } } totals { value } } }`,
  },
  {
    query: (year) =>
      `{ uptake(dimension: ETHNIC_GROUP, filter: { financialYear: "${year}" }) { groups { key share { estimate lower upper } populationShare underRepresented } } }`,
  },
  { query: () => '{ outcomeSummary { headlines { key estimate lower upper pairs } instruments { pairs improved { estimate } } } }' },
  { query: () => '{ serviceSpc(series: MONTHLY_REFERRALS) { variation points { value mean upperLimit lowerLimit specialCause } } }' },
  { query: (year) => `{ referralFunnel(filter: { financialYear: "${year}" }) { stages { stage referrals lostFromPrevious } endings { ending referrals } } }` },
  {
    records: true,
    query: () => '{ referrals(first: 100) { totalCount edges { node { id status receivedOn person { ward { name } } programme { name } } } } }',
  },
];

/** `nodeOptions` are the API process's, e.g. ['--max-old-space-size=128'] to see how far its heap is held. */
export async function benchMemory(
  databaseUrl: string,
  tokens: QueryBenchTokens,
  load = { clients: 50, seconds: 60, nodeOptions: [] as string[] },
): Promise<MemoryBenchResult> {
  const { clients, seconds, nodeOptions } = load;
  const api = await startApiProcess({
    databaseUrl,
    port: await freePort(),
    env: { HUB_RATE_LIMIT_PER_MINUTE: String(1_000_000) },
    nodeOptions,
    compiled: true,
  });
  try {
    const ask = async (index: number) => {
      const operation = mix[index % mix.length]!;
      const answer = await postGraphQL(
        api.url,
        operation.query(YEARS[index % YEARS.length]!),
        {},
        { token: operation.records ? tokens.records : tokens.analyst },
      );
      if (answer.errors) throw new Error(answer.errors[0]!.message);
    };
    // Every operation once, so a wrong query stops the bench instead of timing errors.
    for (let index = 0; index < mix.length; index++) await ask(index);
    const startRss = rssOf(api.pid);
    let peakRss = startRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(api.pid))), 200);
    const latencies: number[] = [];
    let failures = 0;
    const deadline = performance.now() + seconds * 1000;
    const client = async (first: number) => {
      for (let index = first; performance.now() < deadline; index += clients) {
        const started = performance.now();
        await ask(index).catch(() => (failures += 1));
        latencies.push(performance.now() - started);
      }
    };
    const began = performance.now();
    await Promise.all(Array.from({ length: clients }, (_, first) => client(first)));
    const elapsed = (performance.now() - began) / 1000;
    clearInterval(sampler);
    const endRss = rssOf(api.pid);
    latencies.sort((a, b) => a - b);
    const at = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.ceil(fraction * latencies.length) - 1)] ?? 0;
    return {
      clients,
      seconds: elapsed,
      requests: latencies.length,
      failures,
      requestsPerSecond: latencies.length / elapsed,
      p50: at(0.5),
      p95: at(0.95),
      startRssMegabytes: startRss,
      peakRssMegabytes: Math.max(peakRss, endRss),
      endRssMegabytes: endRss,
    };
  } finally {
    await api.stop();
  }
}

/** VmRSS of a process, in MB (Linux). */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

export function printMemory(result: MemoryBenchResult): void {
  console.log(
    `  ${result.requests.toLocaleString('en-GB')} requests in ${result.seconds.toFixed(0)} s (${result.requestsPerSecond.toFixed(0)}/s, ${result.failures} failed), p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`,
  );
  console.log(
    `  API process RSS: ${result.startRssMegabytes.toFixed(0)} MB warmed, ${result.peakRssMegabytes.toFixed(0)} MB at peak, ${result.endRssMegabytes.toFixed(0)} MB at the end (target: under 300 MB)`,
  );
}
