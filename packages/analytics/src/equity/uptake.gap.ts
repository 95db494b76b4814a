// Uptake gaps: is a group referred in proportion to its share of the
// population? (docs/methods.md, "Uptake gaps")
import { assertCount } from '../common/input.guard.js';
import type { Interval } from '../interval/interval.types.js';
import { rateInterval, type RateInterval } from '../interval/rate.interval.js';
import { wilsonInterval } from '../interval/wilson.interval.js';
import { compareToBenchmark, type BenchmarkWord } from './benchmark.compare.js';

export interface UptakeGapInput {
  group: string;
  referrals: number;
  totalReferrals: number;
  /** Null where no population figure exists, e.g. ethnicity "not stated". */
  population: number | null;
  totalPopulation: number;
  /** Years the referrals were counted over: the rate is per 1,000 residents a year. Default 1. */
  years?: number;
}

export interface UptakeGap {
  group: string;
  referrals: number;
  population: number | null;
  /** Referral share r_g / R with a Wilson interval. */
  share: Interval | null;
  /** Population share N_g / N. */
  populationShare: number | null;
  /** (share − population share) in percentage points. */
  gapPoints: number | null;
  representationRatio: number | null;
  /** The gap with its interval, both limits carried over from the share's Wilson interval. */
  gapInterval: Interval | null;
  /** The representation ratio with its interval, likewise from the share's interval. */
  ratioInterval: Interval | null;
  /** Referrals per 1,000 residents a year, r_g ÷ (N_g × years), with a Byar interval. */
  ratePer1000: RateInterval | null;
  /** True when the upper limit of the share lies below the population share. */
  underRepresented: boolean | null;
  /** Share against population share: 'lower', 'higher' or 'similar'. */
  comparison: BenchmarkWord | null;
  /** Why any figure is missing; null when all are present. */
  reason: string | null;
}

export function uptakeGap(input: UptakeGapInput, confidence = 0.95): UptakeGap {
  const { group, referrals, totalReferrals, population, totalPopulation, years = 1 } = input;
  assertCount(totalPopulation, 'totalPopulation');
  if (population !== null) assertCount(population, 'population');
  if (!(years > 0)) throw new RangeError(`years must be positive, got ${years}`);
  if (population !== null && population > totalPopulation) {
    throw new RangeError(`population of ${group} (${population}) exceeds the total (${totalPopulation})`);
  }
  const share = wilsonInterval(referrals, totalReferrals, confidence);
  const populationShare = population === null || totalPopulation === 0 ? null : population / totalPopulation;
  const bothShares = share !== null && populationShare !== null;
  const against = share === null ? null : shareAgainstPopulation(share, populationShare);
  return {
    group,
    referrals,
    population,
    share,
    populationShare,
    gapPoints: against?.gap?.estimate ?? null,
    representationRatio: against?.ratio?.estimate ?? null,
    gapInterval: against?.gap ?? null,
    ratioInterval: against?.ratio ?? null,
    ratePer1000: population === null ? null : rateInterval(referrals, population * years, 1000, confidence),
    underRepresented: bothShares ? share.upper < populationShare : null,
    comparison: bothShares ? compareToBenchmark(share, populationShare) : null,
    reason: missingReason(input),
  };
}

/**
 * A referral share set against the group's population share, as the gap in percentage points
 * (0 = in proportion) and the representation ratio (1 = in proportion). The population share is
 * a census count, taken as exact, so each limit is the share's limit converted the same way.
 * No ratio against a population share of 0; neither without a population share.
 */
export function shareAgainstPopulation(share: Interval, populationShare: number | null): { gap: Interval | null; ratio: Interval | null } {
  if (populationShare === null) return { gap: null, ratio: null };
  const convert = (toMeasure: (value: number) => number): Interval => ({
    estimate: toMeasure(share.estimate),
    lower: toMeasure(share.lower),
    upper: toMeasure(share.upper),
  });
  return {
    gap: convert((value) => (value - populationShare) * 100),
    ratio: populationShare > 0 ? convert((value) => value / populationShare) : null,
  };
}

/**
 * Every group of one dimension, with totals summed over the rows, so that
 * "not stated" and "not known" rows count in the referral total and are
 * reported rather than dropped.
 */
export function uptakeGaps(rows: readonly Pick<UptakeGapInput, 'group' | 'referrals' | 'population'>[], confidence = 0.95): UptakeGap[] {
  const totalReferrals = rows.reduce((total, row) => total + row.referrals, 0);
  const totalPopulation = rows.reduce((total, row) => total + (row.population ?? 0), 0);
  return rows.map((row) => uptakeGap({ ...row, totalReferrals, totalPopulation }, confidence));
}

function missingReason({ totalReferrals, population, totalPopulation }: UptakeGapInput): string | null {
  const reasons: string[] = [];
  if (totalReferrals === 0) reasons.push('no referrals in the period');
  if (population === null) reasons.push('no population figure for this group');
  else if (totalPopulation === 0) reasons.push('total population is zero');
  else if (population === 0) reasons.push('group population is zero');
  return reasons.length ? reasons.join('; ') : null;
}
