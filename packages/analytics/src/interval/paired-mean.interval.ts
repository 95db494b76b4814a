// Mean paired change with a t interval (docs/methods.md, "Confidence intervals and comparison"): the group-change method
// for SWEMWBS and other continuous outcomes.
import { assertFinite, assertProbability } from '../common/input.guard.js';
import type { Pair } from '../common/pair.types.js';
import { mean, sampleVariance, sum } from '../common/summary.stats.js';
import { tQuantile } from '../distribution/t.quantile.js';

export interface PairedMeanChange {
  n: number;
  meanBefore: number;
  meanAfter: number;
  meanChange: number;
  /** Standard deviation of the individual changes; null with one pair. */
  sdChange: number | null;
  /** Null with one pair: a single change carries no estimate of spread. */
  lower: number | null;
  upper: number | null;
}

/** Change is after − before. Null when there are no pairs. */
export function pairedMeanChange(pairs: readonly Pair[], confidence = 0.95): PairedMeanChange | null {
  assertProbability(confidence, 'confidence');
  pairs.forEach(({ before, after }, i) => {
    assertFinite(before, `pairs[${i}].before`);
    assertFinite(after, `pairs[${i}].after`);
  });
  const changes = pairs.map(({ before, after }) => after - before);
  const meanChange = mean(changes);
  if (meanChange === null) return null;
  const variance = sampleVariance(changes);
  const sdChange = variance === null ? null : Math.sqrt(variance);
  const margin = sdChange === null ? null : (tQuantile(1 - (1 - confidence) / 2, pairs.length - 1) * sdChange) / Math.sqrt(pairs.length);
  return {
    n: pairs.length,
    meanBefore: sum(pairs.map((pair) => pair.before)) / pairs.length,
    meanAfter: sum(pairs.map((pair) => pair.after)) / pairs.length,
    meanChange,
    sdChange,
    lower: margin === null ? null : meanChange - margin,
    upper: margin === null ? null : meanChange + margin,
  };
}
