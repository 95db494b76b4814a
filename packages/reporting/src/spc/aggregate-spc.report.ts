// Any aggregate measure, month by month for any filter, on an XmR chart (docs/methods.md,
// "SPC (Making Data Count)"): a count, a wait summary, or one count as a share of another.
import type { SpcDirection } from '@hub/analytics';
import { AGGREGATE_MEASURES, MEASURE_NAMES, type AggregateMeasure } from '../aggregate/aggregate.catalogue.js';
import { compileAggregate } from '../aggregate/aggregate.compiler.js';
import { addMonths } from '../contract/contract.periods.js';
import { discloseCount, discloseProportion, discloseSummary, resolvePolicy, type DisclosurePolicy } from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter, ResolvedFilter } from '../filter/report.filter.js';
import { checkOneOf } from '../input/input.validate.js';
import { ReportingInputError } from '../input/reporting.errors.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { monthlySpc, type MonthlySpc, type MonthValue } from './monthly-spc.chart.js';
import { checkChartOptions, type ChartOptions } from './spc-chart.options.js';

/** Shares a month's counts can be charted as: each numerator counts a subset of its denominator's referrals. */
export const AGGREGATE_SHARES: Readonly<Partial<Record<AggregateMeasure, readonly AggregateMeasure[]>>> = {
  starts: ['referrals'],
  completions: ['referrals', 'starts'],
};

export interface AggregateSpcRequest {
  measure: AggregateMeasure;
  /** Chart the measure as a share of this one, with a Wilson interval per month. */
  per?: AggregateMeasure;
  filter?: ReportFilter;
  /** Which way is good; 'neither' unless the caller says. */
  direction?: SpcDirection;
  options?: ChartOptions;
  policy?: DisclosurePolicy;
}

interface MonthRow {
  month: string;
  value: number | null;
  per: number;
  waitN: number;
}

export async function aggregateSpc(runner: SqlRunner, request: AggregateSpcRequest): Promise<MonthlySpc> {
  const measure = checkOneOf(request.measure, MEASURE_NAMES, 'measure');
  const per = request.per === undefined || request.per === null ? null : checkShare(measure, request.per);
  const direction = checkOneOf(request.direction ?? 'neither', ['increase', 'decrease', 'neither'] as const, 'direction');
  checkChartOptions(request.options);
  const policy = resolvePolicy(request.policy);
  const filter = resolveFilter(request.filter);
  const { sql, params } = compileAggregate({ measures: per ? [measure, per] : [measure], dimensions: [], granularity: 'month' }, filter);
  const found = await runner.query<Record<string, unknown>>(sql, params);
  const rows = everyMonth(filter, found.filter((row) => row.is_total !== true).map(toMonthRow));
  const shown = rows.map((row) => monthValue(measure, per, row, policy));
  return monthlySpc(
    rows.map((row) => row.month),
    shown,
    definition(measure, per),
    direction,
    request.options,
  );
}

function checkShare(measure: AggregateMeasure, per: unknown): AggregateMeasure {
  const allowed = AGGREGATE_SHARES[measure] ?? [];
  if (allowed.length === 0)
    throw new ReportingInputError('per', `${measure} cannot be charted as a share; only ${Object.keys(AGGREGATE_SHARES).join(' and ')} can`);
  return checkOneOf(per, allowed, 'per');
}

const toMonthRow = (row: Record<string, unknown>): MonthRow => ({
  month: String(row.d0),
  value: row.m0 === null || row.m0 === undefined ? null : Number(row.m0),
  per: Number(row.m1 ?? 0),
  waitN: Number(row.wait_n ?? 0),
});

/**
 * Every month from the received-date period's first month to its last, or across the months
 * with referrals when no such period is set; a month without referrals counts 0.
 */
function everyMonth(filter: ResolvedFilter, rows: MonthRow[]): MonthRow[] {
  const received = filter.period?.basis === 'received' ? filter.period : null;
  const first = received ? `${received.from.slice(0, 7)}-01` : rows[0]?.month;
  const last = received ? `${received.to.slice(0, 7)}-01` : rows.at(-1)?.month;
  if (first === undefined || last === undefined) return [];
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const months: MonthRow[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) {
    months.push(byMonth.get(month) ?? { month, value: null, per: 0, waitN: 0 });
  }
  return months;
}

function monthValue(measure: AggregateMeasure, per: AggregateMeasure | null, row: MonthRow, policy: DisclosurePolicy): MonthValue {
  const none = { numerator: null, denominator: null, lower95: null, upper95: null };
  if (per !== null) {
    const share = discloseProportion(row.value ?? 0, row.per, policy, `no ${per} in the month`);
    return {
      value: share.estimate,
      numerator: share.numerator,
      denominator: share.denominator,
      lower95: share.lower,
      upper95: share.upper,
      reason: share.reason,
    };
  }
  if (AGGREGATE_MEASURES[measure].kind === 'summary') {
    const summary = discloseSummary(row.waitN, row.value, policy, 'no referrals started');
    return { ...none, value: summary.value, reason: summary.reason };
  }
  const count = discloseCount(row.value ?? 0, policy);
  return { ...none, value: count.value, numerator: count.value, reason: count.reason };
}

function definition(measure: AggregateMeasure, per: AggregateMeasure | null): string {
  const of = (name: AggregateMeasure) => AGGREGATE_MEASURES[name].definition.replace(/\.$/, '');
  if (per === null) return `${of(measure)}, by the month the referral was received.`;
  return `${of(measure)}, as a share of: ${of(per).toLowerCase()}; by the month the referral was received, with each month's 95% Wilson interval.`;
}
