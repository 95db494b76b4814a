// Uptake gaps (docs/methods.md, "Uptake gaps"): each group's share of referrals against its share of residents,
// its referral rate, and its start and completion rates against the service overall.
import { compareToBenchmark, shareAgainstPopulation, uptakeGap, type BenchmarkWord, type Interval } from '@hub/analytics';
import {
  SUPPRESSED,
  discloseCount,
  discloseProportion,
  resolvePolicy,
  type DisclosurePolicy,
  type ReportedProportion,
  type ReportedValue,
} from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import { checkInteger, checkOneOf } from '../input/input.validate.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { UPTAKE_DIMENSIONS, UPTAKE_DIMENSION_SQL, type UptakeDimension } from './uptake.dimensions.js';
import { loadUptake, type UptakeRow } from './uptake.queries.js';

export interface UptakeOptions {
  /** Census year of the population counts; by default the latest on or before the period's end. */
  populationYear?: number;
  policy?: DisclosurePolicy;
}

export interface UptakeFunnel {
  starts: ReportedValue;
  completions: ReportedValue;
  /** Starts ÷ referrals of the group, against the overall start rate. */
  startRate: ReportedProportion;
  startComparison: BenchmarkWord | null;
  /** Completions ÷ starts of the group, against the overall completion rate. */
  completionRate: ReportedProportion;
  completionComparison: BenchmarkWord | null;
}

/** An estimate with its 95% interval as published; null with the reason when withheld or undefined. */
export interface ReportedEstimate {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  reason: string | null;
}

export interface UptakeGroup {
  group: string;
  label: string;
  referrals: ReportedValue;
  population: number | null;
  share: ReportedProportion;
  populationShare: number | null;
  gapPoints: number | null;
  representationRatio: number | null;
  /** Referral share − population share in percentage points, the limits from the share's Wilson interval. */
  gap: ReportedEstimate;
  /** Referral share ÷ population share, the limits from the share's Wilson interval. */
  ratio: ReportedEstimate;
  ratePer1000: { rate: number; lower: number; upper: number } | null;
  underRepresented: boolean | null;
  reason: string | null;
  funnel: UptakeFunnel;
}

export interface UptakeReport {
  dimension: UptakeDimension;
  populationYear: number | null;
  definitions: Record<'dimension' | 'share' | 'populationShare' | 'gap' | 'rate' | 'underRepresented' | 'funnel', string>;
  total: { referrals: ReportedValue; population: number; startRate: ReportedProportion; completionRate: ReportedProportion };
  groups: UptakeGroup[];
}

const DEFINITIONS = {
  share: 'Referrals from the group ÷ all referrals in the filter (every group, "not stated" and "not known" included), with a 95% Wilson interval.',
  populationShare: 'Residents in the group ÷ residents with a census category, after the same ward, ethnicity, sex, age and deprivation filters.',
  gap: 'Referral share − population share, in percentage points; the representation ratio is share ÷ population share.',
  rate: 'Referrals per 1,000 residents of the group, with a Byar (exact below 10) 95% interval.',
  underRepresented: 'Under-represented when the upper limit of the referral share lies below the population share.',
  funnel:
    'Start rate = starts ÷ referrals; completion rate = completions ÷ starts; each group against the overall rate: better, similar or worse by its 95% Wilson interval.',
};

export async function uptake(runner: SqlRunner, dimension: UptakeDimension, filter: ReportFilter = {}, options: UptakeOptions = {}): Promise<UptakeReport> {
  const checked = checkOneOf(dimension, UPTAKE_DIMENSIONS, 'dimension');
  const resolved = resolveFilter(filter);
  const policy = resolvePolicy(options.policy, 'options.policy');
  const year = options.populationYear === undefined ? null : checkInteger(options.populationYear, 'options.populationYear', 2000, 2100);
  const rows = await loadUptake(runner, checked, resolved, year);
  const totals = sumRows(rows);
  const total = {
    referrals: discloseCount(totals.referrals, policy),
    population: totals.residents,
    startRate: discloseProportion(totals.started, totals.referrals, policy, 'no referrals'),
    completionRate: discloseProportion(totals.completed, totals.started, policy, 'no starts'),
  };
  return {
    dimension: checked,
    populationYear: rows[0]?.population_year ?? null,
    definitions: { dimension: UPTAKE_DIMENSION_SQL[checked].definition, ...DEFINITIONS },
    total,
    groups: rows.map((row) => uptakeGroup(row, totals, total, policy)),
  };
}

function sumRows(rows: readonly UptakeRow[]) {
  const add = (key: 'referrals' | 'started' | 'completed' | 'residents') => rows.reduce((sum, row) => sum + (row[key] ?? 0), 0);
  return { referrals: add('referrals'), started: add('started'), completed: add('completed'), residents: add('residents') };
}

function uptakeGroup(row: UptakeRow, totals: ReturnType<typeof sumRows>, total: UptakeReport['total'], policy: DisclosurePolicy): UptakeGroup {
  const referrals = discloseCount(row.referrals, policy);
  const share = discloseProportion(row.referrals, totals.referrals, policy, 'no referrals');
  const gap =
    referrals.value === null || total.referrals.value === null
      ? null
      : uptakeGap({
          group: row.key,
          referrals: referrals.value,
          totalReferrals: total.referrals.value,
          population: row.residents,
          totalPopulation: totals.residents,
        });
  const rate = gap?.ratePer1000;
  const populationShare = row.residents === null || totals.residents === 0 ? null : row.residents / totals.residents;
  const against = againstPopulation(share, populationShare, row.no_population_reason ?? gap?.reason ?? null);
  return {
    group: row.key,
    label: row.label,
    referrals,
    population: row.residents,
    share,
    populationShare,
    gapPoints: against.gap.estimate,
    representationRatio: against.ratio.estimate,
    ...against,
    ratePer1000: rate ? { rate: rate.rate, lower: rate.lower, upper: rate.upper } : null,
    underRepresented: gap?.underRepresented ?? null,
    reason: row.no_population_reason ?? (referrals.value === null ? SUPPRESSED : (gap?.reason ?? null)),
    funnel: funnel(row, total, policy),
  };
}

/** Gap and ratio from the published share, so a withheld share withholds them too, with its reason. */
function againstPopulation(
  share: ReportedProportion,
  populationShare: number | null,
  missingReason: string | null,
): { gap: ReportedEstimate; ratio: ReportedEstimate } {
  const { estimate, lower, upper } = share;
  const interval = estimate === null || lower === null || upper === null ? null : { estimate, lower, upper };
  const { gap, ratio } = interval ? shareAgainstPopulation(interval, populationShare) : { gap: null, ratio: null };
  const reason = share.reason ?? missingReason ?? 'no population share';
  return { gap: reported(gap, reason), ratio: reported(ratio, populationShare === 0 ? 'group population is zero' : reason) };
}

function reported(interval: Interval | null, reason: string): ReportedEstimate {
  return interval ? { ...interval, reason: null } : { estimate: null, lower: null, upper: null, reason };
}

function funnel(row: UptakeRow, total: UptakeReport['total'], policy: DisclosurePolicy): UptakeFunnel {
  const startRate = discloseProportion(row.started, row.referrals, policy, 'no referrals');
  const completionRate = discloseProportion(row.completed, row.started, policy, 'no starts');
  return {
    starts: discloseCount(row.started, policy),
    completions: discloseCount(row.completed, policy),
    startRate,
    startComparison: compare(startRate, total.startRate),
    completionRate,
    completionComparison: compare(completionRate, total.completionRate),
  };
}

function compare(group: ReportedProportion, overall: ReportedProportion): BenchmarkWord | null {
  return overall.estimate === null ? null : compareToBenchmark(group, overall.estimate, 'higher');
}
