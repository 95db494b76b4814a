import pg from 'pg';
import { createReporting, floorQueries, pgRunner } from '@hub/reporting';
import { postGraphQL } from '../support/graphql.client.js';
import { ms, time, type Timing } from './timing.js';

/**
 * The analyst queries the dashboard and the examples rely on, each timed over real HTTP, and,
 * where @hub/reporting names a hand-written SQL "floor" for the same answer, timed against it.
 */
const operations: { name: string; floor?: string; query: string; records?: true }[] = [
  {
    name: 'outcomeSummary (all)',
    floor: 'outcomeSummary',
    query: '{ outcomeSummary { headlines { key estimate lower upper pairs } instruments { pairs improved { estimate } } } }',
  },
  {
    name: 'outcomeSummary (Biscot 2019/20)',
    query:
      '{ outcomeSummary(filter: { wardCodes: ["BISC"], financialYear: "2019/20" }) { instruments { improved { numerator denominator estimate lower upper } } } }',
  },
  {
    name: 'uptake (ethnic group)',
    floor: 'uptakeByEthnicGroup',
    query: '{ uptake(dimension: ETHNIC_GROUP) { groups { key share { estimate lower upper } populationShare underRepresented } } }',
  },
  { name: 'uptake (ward)', query: '{ uptake(dimension: WARD) { groups { key representationRatio referralRate { ratePer1000 } } } }' },
  {
    name: 'aggregate (programme × month, 2022/23)',
    floor: 'aggregateProgrammeByMonth',
    query:
      '{ aggregate(measures: [REFERRALS, MEDIAN_WAIT_DAYS], dimensions: [PROGRAMME], granularity: MONTH, filter: { financialYear: "2022/23" }) { rows { period values { value } } totals { value } } }',
  },
  { name: 'aggregate (status funnel)', query: '{ aggregate(measures: [REFERRALS], dimensions: [STATUS]) { rows { dimensions { key } values { value } } } }' },
  { name: 'serviceSpc (monthly referrals)', query: '{ serviceSpc(series: MONTHLY_REFERRALS) { variation points { value mean upperLimit specialCause } } }' },
  { name: 'serviceSpc (BAME share)', floor: 'serviceSpcBameShare', query: '{ serviceSpc(series: BAME_SHARE) { variation points { value lower upper } } }' },
  { name: 'contractKpis', floor: 'contractKpis', query: '{ contracts { code } }' },
  { name: 'involvementOverTime', query: '{ involvementOverTime { month share { estimate } } }' },
  {
    name: 'referrals page (20, filtered)',
    records: true,
    query:
      '{ referrals(first: 20, filter: { sourceCodes: [GP], wardCodes: ["BISC"] }) { totalCount edges { node { id status person { ward { name } } programme { name } } } } }',
  },
  { name: 'referralsPerMonth', query: '{ referralsPerMonth { month count } }' },
];

export interface QueryBenchRow {
  name: string;
  /** The GraphQL operation over HTTP. */
  api: Timing;
  /** The hand-written SQL for the same answer, sent straight to PostgreSQL. */
  floor?: Timing;
  /** The @hub/reporting service call behind the operation, without HTTP and GraphQL. */
  service?: Timing;
  ratio?: number;
  serviceRatio?: number;
}

/** Session tokens of an analyst (figures under disclosure control) and of one granted record access, for the referral list. */
export interface QueryBenchTokens {
  analyst: string;
  records: string;
}

export async function benchQueries(apiUrl: string, databaseUrl: string, tokens: QueryBenchTokens): Promise<QueryBenchRow[]> {
  const contract = await postGraphQL<{ contracts: { code: string }[] }>(apiUrl, '{ contracts { code } }', {}, { token: tokens.analyst });
  const contractCode = contract.data?.contracts[0]?.code ?? 'twl-2018';
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const reporting = createReporting(pgRunner(pool));
  const rows: QueryBenchRow[] = [];
  try {
    for (const operation of operations) {
      const query =
        operation.name === 'contractKpis'
          ? `{ contractKpis(contractCode: "${contractCode}") { quarters { actual target rag } spc { assurance } } }`
          : operation.query;
      const token = operation.records ? tokens.records : tokens.analyst;
      const check = await postGraphQL(apiUrl, query, {}, { token });
      if (check.errors) throw new Error(`${operation.name}: ${check.errors[0].message}`);
      const api = await time(() => postGraphQL(apiUrl, query, {}, { token }));
      const floorQuery = operation.floor ? floorQueries[operation.floor] : undefined;
      const floor = floorQuery ? await time(() => pool.query(floorQuery.sql, floorQuery.params)) : undefined;
      const service = floorQuery ? await time(() => floorQuery.call(reporting)) : undefined;
      rows.push({
        name: operation.name,
        api,
        floor,
        service,
        ratio: floor ? api.p50 / floor.p50 : undefined,
        serviceRatio: floor && service ? service.p50 / floor.p50 : undefined,
      });
    }
  } finally {
    await pool.end();
  }
  return rows;
}

export function printQueryRows(rows: QueryBenchRow[]): void {
  console.log(
    `  ${'query'.padEnd(42)} ${'p50'.padStart(10)} ${'p95'.padStart(10)}   ${'floor p50'.padStart(10)}  ratio   ${'service p50'.padStart(10)}  ratio`,
  );
  for (const row of rows) {
    const floor = row.floor ? `${ms(row.floor.p50)}  ${row.ratio!.toFixed(2)}    ${ms(row.service!.p50)}  ${row.serviceRatio!.toFixed(2)}` : '';
    console.log(`  ${row.name.padEnd(42)} ${ms(row.api.p50)} ${ms(row.api.p95)}   ${floor}`);
  }
}
