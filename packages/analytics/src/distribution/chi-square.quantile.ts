// Chi-square distribution, needed for the exact Poisson interval.
import { assertFinite } from '../common/input.guard.js';
import { regularizedGammaP } from './gamma.function.js';
import { invertIncreasingCdf } from './root.search.js';

export function chiSquareCdf(x: number, df: number): number {
  assertDegreesOfFreedom(df);
  return regularizedGammaP(df / 2, x / 2);
}

/** The p-th quantile of χ²(df), 0 ≤ p < 1; p = 0 gives 0. */
export function chiSquareQuantile(p: number, df: number): number {
  assertFinite(p, 'p');
  assertDegreesOfFreedom(df);
  if (p < 0 || p >= 1) throw new RangeError(`p must lie in [0, 1), got ${p}`);
  if (p === 0) return 0;
  return invertIncreasingCdf((x) => regularizedGammaP(df / 2, x / 2), p, df);
}

function assertDegreesOfFreedom(df: number): void {
  assertFinite(df, 'df');
  if (df <= 0) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
}
