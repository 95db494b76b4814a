// Benchmarking an estimate against a comparator by its interval (docs/methods.md, "Confidence intervals and comparison").
import { assertFinite } from '../common/input.guard.js';

export type BenchmarkWord = 'lower' | 'higher' | 'similar' | 'better' | 'worse';
export type GoodDirection = 'higher' | 'lower';

export interface IntervalBounds {
  lower: number | null;
  upper: number | null;
}

/**
 * 'lower' if the whole interval lies below the comparator, 'higher' if above,
 * otherwise 'similar'; reported as 'better' or 'worse' when a direction is good.
 * Null when there is no interval to compare.
 */
export function compareToBenchmark(ci: IntervalBounds | null, comparator: number, goodDirection?: GoodDirection): BenchmarkWord | null {
  assertFinite(comparator, 'comparator');
  if (ci === null || ci.lower === null || ci.upper === null) return null;
  const word = ci.upper < comparator ? 'lower' : ci.lower > comparator ? 'higher' : 'similar';
  if (word === 'similar' || goodDirection === undefined) return word;
  return word === goodDirection ? 'better' : 'worse';
}
