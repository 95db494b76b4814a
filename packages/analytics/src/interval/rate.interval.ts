// A rate per `per` population, with Byar's interval on the count (docs/methods.md, "Confidence intervals and comparison").
import { assertFinite } from '../common/input.guard.js';
import { byarInterval } from './poisson.interval.js';

export interface RateInterval {
  count: number;
  denominator: number;
  per: number;
  rate: number;
  lower: number;
  upper: number;
}

/** Null when the denominator is 0: a rate over nobody is undefined. */
export function rateInterval(count: number, denominator: number, per = 1000, confidence = 0.95): RateInterval | null {
  assertFinite(denominator, 'denominator');
  assertFinite(per, 'per');
  if (denominator < 0) throw new RangeError(`denominator must not be negative, got ${denominator}`);
  if (per <= 0) throw new RangeError(`per must be positive, got ${per}`);
  const interval = byarInterval(count, confidence);
  if (denominator === 0) return null;
  const scale = per / denominator;
  return {
    count,
    denominator,
    per,
    rate: interval.estimate * scale,
    lower: interval.lower * scale,
    upper: interval.upper * scale,
  };
}
