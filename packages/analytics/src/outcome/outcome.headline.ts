// The three kinds of headline outcome figure (docs/methods.md, "Outcome headlines"), all on paired
// measurements. Proportions and changes are fractions (0.93 = 93%); the
// caller formats them. No pairs gives null estimates, never NaN.
import { assertFinite } from '../common/input.guard.js';
import type { Pair } from '../common/pair.types.js';
import { sum } from '../common/summary.stats.js';
import type { Threshold } from '../instrument/instrument.catalogue.js';
import type { ImprovementRule } from '../instrument/instrument.change.js';
import { pairedRatioInterval } from '../interval/ratio.interval.js';
import { wilsonInterval } from '../interval/wilson.interval.js';

export interface ProportionHeadline {
  numerator: number;
  n: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

export interface RelativeChangeHeadline {
  n: number;
  totalBefore: number;
  totalAfter: number;
  /** Σafter ÷ Σbefore − 1; null when Σbefore = 0. */
  relativeChange: number | null;
  lower: number | null;
  upper: number | null;
}

/** "% of participants improved". Pairs the rule maps to null leave the denominator. */
export function percentImproved(pairs: readonly Pair[], rule: ImprovementRule, confidence = 0.95): ProportionHeadline {
  const verdicts = pairs.map(({ before, after }) => rule(before, after));
  const counted = verdicts.filter((verdict): verdict is boolean => verdict !== null);
  return proportion(counted.filter(Boolean).length, counted.length, confidence);
}

/** "% achieving a threshold at follow-up"; a bare number means "at least". */
export function percentAchieving(
  values: readonly number[],
  threshold: number | Pick<Threshold, 'value' | 'comparison'>,
  confidence = 0.95,
): ProportionHeadline {
  const { value, comparison } = typeof threshold === 'number' ? { value: threshold, comparison: 'atLeast' as const } : threshold;
  assertFinite(value, 'threshold');
  values.forEach((v, i) => assertFinite(v, `values[${i}]`));
  const meets = (v: number) => (comparison === 'atLeast' ? v >= value : v < value);
  return proportion(values.filter(meets).length, values.length, confidence);
}

/**
 * "Relative change in the group total", e.g. 1 − Σfollow-up ÷ Σbaseline for
 * GP and A&E visits. The interval is Fieller's for the ratio of paired means
 * (see pairedRatioInterval), shifted by −1. When every value is non-negative
 * the ratio cannot be negative, so its lower bound is floored at 0 (change −1).
 */
export function relativeChangeOfTotals(pairs: readonly Pair[], confidence = 0.95): RelativeChangeHeadline {
  pairs.forEach(({ before, after }, i) => {
    assertFinite(before, `pairs[${i}].before`);
    assertFinite(after, `pairs[${i}].after`);
  });
  const totalBefore = sum(pairs.map((pair) => pair.before));
  const totalAfter = sum(pairs.map((pair) => pair.after));
  const base = { n: pairs.length, totalBefore, totalAfter };
  if (totalBefore === 0) return { ...base, relativeChange: null, lower: null, upper: null };
  const bounds = pairedRatioInterval(pairs, confidence);
  const nonNegative = pairs.every(({ before, after }) => before >= 0 && after >= 0);
  return {
    ...base,
    relativeChange: totalAfter / totalBefore - 1,
    lower: bounds === null ? null : (nonNegative ? Math.max(0, bounds.lower) : bounds.lower) - 1,
    upper: bounds === null ? null : bounds.upper - 1,
  };
}

function proportion(numerator: number, n: number, confidence: number): ProportionHeadline {
  const interval = wilsonInterval(numerator, n, confidence);
  return {
    numerator,
    n,
    estimate: interval?.estimate ?? null,
    lower: interval?.lower ?? null,
    upper: interval?.upper ?? null,
  };
}
