// Student t distribution, for intervals around a mean paired change.
import { assertFinite, assertProbability } from '../common/input.guard.js';
import { regularizedBeta } from './beta.function.js';
import { invertIncreasingCdf } from './root.search.js';

export function tCdf(t: number, df: number): number {
  assertFinite(t, 't');
  assertDegreesOfFreedom(df);
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-th quantile of t(df), 0 < p < 1: tQuantile(0.975, 10) = 2.228139. */
export function tQuantile(p: number, df: number): number {
  assertProbability(p, 'p');
  assertDegreesOfFreedom(df);
  if (p === 0.5) return 0;
  // Symmetry lets the search run on the positive half only.
  const upper = p > 0.5 ? p : 1 - p;
  const t = invertIncreasingCdf((x) => tCdf(x, df), upper, 2);
  return p > 0.5 ? t : -t;
}

function assertDegreesOfFreedom(df: number): void {
  assertFinite(df, 'df');
  if (df <= 0) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
}
