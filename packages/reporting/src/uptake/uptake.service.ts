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
import { describeEligibleAges, loadEligibleAges, type EligibleAges } from './uptake.eligibility.js';
import { loadUptake, loadUptakeByAgeBand, type UptakeAgeBandRow, type UptakeRow } from './uptake.queries.js';
import { standardisedRate, withheld } from './uptake.standardised.js';
import { rateYears } from './rate.years.js';

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
  /** Referrals per 1,000 eligible residents a year, with Byar's interval. */
  ratePer1000: { rate: number; lower: number; upper: number } | null;
  /** Directly age-standardised referrals per 1,000 eligible residents a year (ESP 2013), with Dobson's interval. */
  standardisedRate: ReportedEstimate;
  underRepresented: boolean | null;
  reason: string | null;
  funnel: UptakeFunnel;
}

/** Referrals whose group was not stated or is not known: a figure of its own, not a group compared with residents. */
export interface UptakeUnstated {
  /** The groups counted, e.g. "Not stated" and "Not known". */
  labels: string[];
  referrals: ReportedValue;
  /** Unstated referrals ÷ all referrals in the filter. */
  share: ReportedProportion;
}

export interface UptakeReport {
  dimension: UptakeDimension;
  populationYear: number | null;
  /** The ages whose residents count, from the services in the filter. */
  eligibleAges: { minAge: number; maxAge: number | null; bands: string[] };
  /** Years the referrals are counted over; rates are per year. Null when there is no period and no referral. */
  rateYears: number | null;
  definitions: Record<'dimension' | 'share' | 'populationShare' | 'gap' | 'rate' | 'standardisedRate' | 'underRepresented' | 'funnel' | 'unstated', string>;
  total: {
    referrals: ReportedValue;
    /** Referrals with a stated group: the denominator of every referral share. */
    statedReferrals: ReportedValue;
    population: number;
    startRate: ReportedProportion;
    completionRate: ReportedProportion;
  };
  unstated: UptakeUnstated;
  /** The stated groups, compared with residents. */
  groups: UptakeGroup[];
}

const OUTSIDE_ELIGIBLE_AGES = 'outside the ages the services are for';

function definitions(dimension: UptakeDimension, ages: EligibleAges, years: number | null): UptakeReport['definitions'] {
  const eligible = describeEligibleAges(ages);
  const over =
    years === null
      ? ''
      : years === 1
        ? ' The period is one year.'
        : ` The period is ${round(years)} years, so this is the average annual rate: referrals ÷ (residents × ${round(years)}).`;
  return {
    dimension: UPTAKE_DIMENSION_SQL[dimension].definition,
    share:
      'Referrals from the group ÷ referrals whose group is stated ("not stated" and "not known" left out, and shown as their own figure), with a 95% Wilson interval.',
    populationShare: `Residents in the group ÷ residents with a census category, ${eligible}: the ages of the services in the filter (the widest range when several). Residents are narrowed by the same ward, ethnicity, sex, age and deprivation filters; referrals of people outside these ages still count as referrals.`,
    gap: 'Referral share − population share, in percentage points; the representation ratio is share ÷ population share.',
    rate: `Referrals per 1,000 residents of the group ${eligible}, a year, with a Byar (exact below 10) 95% interval.${over}`,
    standardisedRate: `Referrals per 1,000 residents a year, directly age-standardised to the European Standard Population 2013 over the age bands ${eligible}, with Dobson's 95% interval; none from fewer than 10 referrals.`,
    underRepresented: 'Under-represented when the upper limit of the referral share lies below the population share.',
    funnel:
      'Start rate = starts ÷ referrals; completion rate = completions ÷ starts; each group against the overall rate: better, similar or worse by its 95% Wilson interval.',
    unstated:
      'Referrals whose group is "not stated" or "not known" ÷ all referrals in the filter, with a 95% Wilson interval. They are left out of the shares compared with residents, as the census has no such group.',
  };
}

const round = (value: number) => Number(value.toFixed(2));

export async function uptake(runner: SqlRunner, dimension: UptakeDimension, filter: ReportFilter = {}, options: UptakeOptions = {}): Promise<UptakeReport> {
  const checked = checkOneOf(dimension, UPTAKE_DIMENSIONS, 'dimension');
  const resolved = resolveFilter(filter);
  const policy = resolvePolicy(options.policy, 'options.policy');
  const populationYear = options.populationYear === undefined ? null : checkInteger(options.populationYear, 'options.populationYear', 2000, 2100);
  const ages = await loadEligibleAges(runner, resolved);
  const scope = { populationYear, eligibleBands: ages.bands.map((band) => band.code) };
  const years = await rateYears(runner, resolved);
  const unstatedKeys = UPTAKE_DIMENSION_SQL[checked].unstatedKeys;
  const rows = markIneligibleBands(checked, await loadUptake(runner, checked, resolved, scope), scope.eligibleBands);
  const stated = rows.filter((row) => !unstatedKeys.includes(row.key));
  const unstated = rows.filter((row) => unstatedKeys.includes(row.key));
  const byAgeBand = checked === 'ageBand' ? [] : await loadUptakeByAgeBand(runner, checked, resolved, scope);
  const totals = sumRows(rows);
  const statedTotals = sumRows(stated);
  const unstatedReferrals = totals.referrals - statedTotals.referrals;
  const total = {
    referrals: discloseCount(totals.referrals, policy),
    statedReferrals: discloseCount(statedTotals.referrals, policy),
    population: totals.residents,
    startRate: discloseProportion(totals.started, totals.referrals, policy, 'no referrals'),
    completionRate: discloseProportion(totals.completed, totals.started, policy, 'no starts'),
  };
  const context: GroupContext = { checked, totals: statedTotals, total, policy, years, ages, byAgeBand };
  return {
    dimension: checked,
    populationYear: rows[0]?.population_year ?? null,
    eligibleAges: { minAge: ages.minAge, maxAge: ages.maxAge, bands: scope.eligibleBands },
    rateYears: years,
    definitions: definitions(checked, ages, years),
    total,
    unstated: {
      labels: unstated.map((row) => row.label),
      referrals: discloseCount(unstatedReferrals, policy),
      share: discloseProportion(unstatedReferrals, totals.referrals, policy, 'no referrals'),
    },
    groups: stated.map((row) => uptakeGroup(row, context)),
  };
}

/** An age band the services are not for keeps its referrals but has no population to compare with. */
function markIneligibleBands(dimension: UptakeDimension, rows: UptakeRow[], eligibleBands: readonly string[]): UptakeRow[] {
  if (dimension !== 'ageBand') return rows;
  return rows.map((row) =>
    row.no_population_reason !== null || eligibleBands.includes(row.key) ? row : { ...row, residents: null, no_population_reason: OUTSIDE_ELIGIBLE_AGES },
  );
}

interface GroupContext {
  checked: UptakeDimension;
  totals: ReturnType<typeof sumRows>;
  total: UptakeReport['total'];
  policy: DisclosurePolicy;
  years: number | null;
  ages: EligibleAges;
  byAgeBand: readonly UptakeAgeBandRow[];
}

function sumRows(rows: readonly UptakeRow[]) {
  const add = (key: 'referrals' | 'started' | 'completed' | 'residents') => rows.reduce((sum, row) => sum + (row[key] ?? 0), 0);
  return { referrals: add('referrals'), started: add('started'), completed: add('completed'), residents: add('residents') };
}

function uptakeGroup(row: UptakeRow, { checked, totals, total, policy, years, ages, byAgeBand }: GroupContext): UptakeGroup {
  const referrals = discloseCount(row.referrals, policy);
  const share = discloseProportion(row.referrals, totals.referrals, policy, 'no referrals');
  const gap =
    referrals.value === null || total.statedReferrals.value === null
      ? null
      : uptakeGap({
          group: row.key,
          referrals: referrals.value,
          totalReferrals: total.statedReferrals.value,
          population: row.residents,
          totalPopulation: totals.residents,
          years: years ?? 1,
        });
  const rate = years === null ? null : gap?.ratePer1000;
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
    standardisedRate:
      row.no_population_reason !== null
        ? withheld(row.no_population_reason)
        : checked === 'ageBand'
          ? withheld('an age band is not age-standardised: see its crude rate')
          : standardisedRate(
              byAgeBand.filter((band) => band.key === row.key),
              ages.bands,
              years,
              policy,
            ),
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
