// Confidence intervals for a count of events (docs/methods.md, "Confidence intervals and comparison").
import { assertCount, assertProbability } from '../common/input.guard.js';
import { chiSquareQuantile } from '../distribution/chi-square.quantile.js';
import { zForConfidence } from '../distribution/normal.quantile.js';
import type { Interval } from './interval.types.js';

/** Byar's approximation is used from this count upwards; exact below it. */
export const BYAR_MINIMUM_COUNT = 10;

/** Byar's method for a count ≥ 10, the exact Poisson interval below 10. */
export function byarInterval(count: number, confidence = 0.95): Interval {
  assertCount(count, 'count');
  if (count < BYAR_MINIMUM_COUNT) return exactPoissonInterval(count, confidence);
  const z = zForConfidence(confidence);
  const next = count + 1;
  return {
    estimate: count,
    lower: count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3,
    upper: next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3,
  };
}

/** Exact (Garwood) interval: χ²(α/2, 2O)/2 to χ²(1 − α/2, 2O + 2)/2. */
export function exactPoissonInterval(count: number, confidence = 0.95): Interval {
  assertCount(count, 'count');
  assertProbability(confidence, 'confidence');
  const alpha = 1 - confidence;
  return {
    estimate: count,
    lower: count === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * count) / 2,
    upper: chiSquareQuantile(1 - alpha / 2, 2 * count + 2) / 2,
  };
}
