// Wilson score interval for a proportion x/n (docs/methods.md, "Confidence intervals and comparison").
import { assertFinite } from '../common/input.guard.js';
import { zForConfidence } from '../distribution/normal.quantile.js';
import type { Interval } from './interval.types.js';

/**
 * (2x + z² ± z·√(z² + 4x(1 − x/n))) / (2(n + z²)).
 * Returns null when n = 0: there is no proportion to estimate.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval | null {
  assertFinite(successes, 'successes');
  assertFinite(n, 'n');
  if (n < 0) throw new RangeError(`n must not be negative, got ${n}`);
  if (successes < 0 || successes > n) {
    throw new RangeError(`successes must lie between 0 and n (${n}), got ${successes}`);
  }
  const z = zForConfidence(confidence);
  if (n === 0) return null;
  const z2 = z * z;
  const centre = 2 * successes + z2;
  const spread = z * Math.sqrt(z2 + 4 * successes * (1 - successes / n));
  const denominator = 2 * (n + z2);
  // Clamping only removes floating-point dust at x = 0 and x = n.
  return {
    estimate: successes / n,
    lower: Math.max(0, (centre - spread) / denominator),
    upper: Math.min(1, (centre + spread) / denominator),
  };
}
