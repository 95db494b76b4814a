// Descriptive statistics. Empty input gives null, never NaN.
import { assertFinite } from './input.guard.js';

export function mean(values: readonly number[]): number | null {
  assertAllFinite(values);
  if (values.length === 0) return null;
  return sum(values) / values.length;
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/**
 * The p-th quantile by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and Excel's QUARTILE.INC).
 */
export function quantile(values: readonly number[], p: number): number | null {
  assertAllFinite(values);
  assertFinite(p, 'p');
  if (p < 0 || p > 1) throw new RangeError(`p must lie in [0, 1], got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function quantiles(values: readonly number[], ps: readonly number[]): (number | null)[] {
  return ps.map((p) => quantile(values, p));
}

/** Sample variance (n − 1 denominator); null below two values. */
export function sampleVariance(values: readonly number[]): number | null {
  return sampleCovariance(values, values);
}

/** Sample covariance (n − 1 denominator); null below two pairs. */
export function sampleCovariance(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new RangeError('covariance needs two lists of equal length');
  const meanX = mean(xs);
  const meanY = mean(ys);
  if (meanX === null || meanY === null || xs.length < 2) return null;
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += (xs[i] - meanX) * (ys[i] - meanY);
  return total / (xs.length - 1);
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function assertAllFinite(values: readonly number[]): void {
  values.forEach((value, index) => assertFinite(value, `values[${index}]`));
}
