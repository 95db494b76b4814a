// Summary-statistics forms of analytics' paired methods. The database returns n, means,
// variances and covariances (avg, stddev_samp, covar_samp), so no row reaches Node; these
// turn them into the same intervals analytics computes from the pairs themselves.
// Candidates to move into @hub/analytics.
import { tQuantile, type PairedMeanChange, type RelativeChangeHeadline } from '@hub/analytics';

export interface PairedSummary {
  n: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Mean of after − before. */
  meanChange: number | null;
  /** Sample standard deviation (n − 1) of after − before; null below two pairs. */
  sdChange: number | null;
}

/** The t interval for a mean paired change; null with no pairs, no interval with one. */
export function pairedMeanChangeFromSummary(summary: PairedSummary, confidence = 0.95): PairedMeanChange | null {
  const { n, meanBefore, meanAfter, meanChange, sdChange } = summary;
  checkCount(n);
  if (n === 0 || meanBefore === null || meanAfter === null || meanChange === null) return null;
  [meanBefore, meanAfter, meanChange].forEach((value) => checkFinite(value));
  const sd = n < 2 || sdChange === null ? null : checkFinite(sdChange);
  const margin = sd === null ? null : (tQuantile(1 - (1 - confidence) / 2, n - 1) * sd) / Math.sqrt(n);
  return {
    n,
    meanBefore,
    meanAfter,
    meanChange,
    sdChange: sd,
    lower: margin === null ? null : meanChange - margin,
    upper: margin === null ? null : meanChange + margin,
  };
}

export interface PairedTotalsSummary {
  n: number;
  totalBefore: number;
  totalAfter: number;
  /** Sample variances and covariance (n − 1); null below two pairs. */
  varianceBefore: number | null;
  varianceAfter: number | null;
  covariance: number | null;
  /** True when no score is negative, so the ratio cannot be. */
  nonNegative: boolean;
}

/**
 * Σafter ÷ Σbefore − 1 with Fieller's interval for the ratio of paired means, as analytics'
 * relativeChangeOfTotals, from sums, variances and the covariance.
 */
export function relativeChangeFromSummary(summary: PairedTotalsSummary, confidence = 0.95): RelativeChangeHeadline {
  const { n, totalBefore, totalAfter } = summary;
  checkCount(n);
  const base = { n, totalBefore: checkFinite(totalBefore), totalAfter: checkFinite(totalAfter) };
  if (n === 0 || totalBefore === 0) return { ...base, relativeChange: null, lower: null, upper: null };
  const bounds = fiellerBounds(summary, confidence);
  const floor = (value: number) => (summary.nonNegative ? Math.max(0, value) : value);
  return {
    ...base,
    relativeChange: totalAfter / totalBefore - 1,
    lower: bounds === null ? null : floor(bounds.lower) - 1,
    upper: bounds === null ? null : bounds.upper - 1,
  };
}

function fiellerBounds(summary: PairedTotalsSummary, confidence: number): { lower: number; upper: number } | null {
  const { n, varianceBefore, varianceAfter, covariance } = summary;
  if (n < 2 || varianceBefore === null || varianceAfter === null || covariance === null) return null;
  const meanA = summary.totalAfter / n;
  const meanB = summary.totalBefore / n;
  const t = tQuantile(1 - (1 - confidence) / 2, n - 1);
  const t2n = (t * t) / n;
  const a = meanB * meanB - t2n * varianceBefore;
  if (a <= 0) return null;
  const b = meanA * meanB - t2n * covariance;
  const c = meanA * meanA - t2n * varianceAfter;
  const root = Math.sqrt(Math.max(0, b * b - a * c));
  return { lower: (b - root) / a, upper: (b + root) / a };
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
}

function checkFinite(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`summary statistics must be finite, got ${value}`);
  return value;
}
