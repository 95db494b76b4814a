// Confidence interval for the ratio of two paired means, ā / b̄, by Fieller's
// theorem. Σafter / Σbefore equals ā / b̄, so this is the interval behind a
// headline such as "75% fewer GP and A&E visits". Deterministic by design:
// a bootstrap would give a different interval on every run.
import type { Pair } from '../common/pair.types.js';
import { mean, sampleCovariance, sampleVariance } from '../common/summary.stats.js';
import { tQuantile } from '../distribution/t.quantile.js';

export interface RatioBounds {
  lower: number;
  upper: number;
}

/**
 * Fieller: the set of ρ with (ā − ρ·b̄)² ≤ t²·Var(ā − ρ·b̄), where
 * Var(ā − ρ·b̄) = (s_aa − 2ρ·s_ab + ρ²·s_bb) / n uses the paired covariance
 * and t has n − 1 degrees of freedom. Solving gives the quadratic
 * A·ρ² − 2B·ρ + C ≤ 0 with A = b̄² − t²·s_bb/n, B = ā·b̄ − t²·s_ab/n,
 * C = ā² − t²·s_aa/n. When A ≤ 0 the mean before is not clearly away from
 * zero and the set is unbounded, so no interval is given (null), as with n < 2.
 */
export function pairedRatioInterval(pairs: readonly Pair[], confidence = 0.95): RatioBounds | null {
  const n = pairs.length;
  if (n < 2) return null;
  const after = pairs.map((pair) => pair.after);
  const before = pairs.map((pair) => pair.before);
  const meanA = mean(after) as number;
  const meanB = mean(before) as number;
  const t = tQuantile(1 - (1 - confidence) / 2, n - 1);
  const t2n = (t * t) / n;
  const a = meanB * meanB - t2n * (sampleVariance(before) as number);
  if (a <= 0) return null;
  const b = meanA * meanB - t2n * (sampleCovariance(after, before) as number);
  const c = meanA * meanA - t2n * (sampleVariance(after) as number);
  // A > 0 and the quadratic is ≤ 0 at ρ = ā/b̄, so the discriminant is ≥ 0;
  // the clamp only absorbs rounding when the interval collapses to a point.
  const root = Math.sqrt(Math.max(0, b * b - a * c));
  return { lower: (b - root) / a, upper: (b + root) / a };
}
