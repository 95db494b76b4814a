// The one place that says how precisely a summary is published under disclosure control
// (docs/methods.md, "Disclosure control"). A mean m = S / n of whole-number data (days, score
// points, visits, minutes) published at step p tells a reader only that S lies in a window of
// width n·p. When n·p ≥ 1 that window holds a whole number for every candidate n, so no n in
// the published count's rounding range can be ruled out. Summaries are withheld below 8 values,
// so p = 1 (whole units) gives n·p ≥ 8: a wide margin, which also survives several summaries of
// the same n (before, after, change) being combined.

/** Means, medians and their intervals: whole units of the data (days, score points). */
export const SUMMARY_STEP = 1;
/**
 * Ratios computed from more than the published counts (the interval of a relative change, which
 * uses exact variances): whole percentage points.
 */
export const RATIO_STEP = 0.01;

/** 'down' and 'up' round the lower and upper limits of an interval outward, so it still covers. */
export type PublishRounding = 'nearest' | 'down' | 'up';

const ROUNDERS: Record<PublishRounding, (x: number) => number> = { nearest: Math.round, down: Math.floor, up: Math.ceil };

/**
 * `value` at the published step. Deterministic: the same value always gives the same figure.
 * Ties go up (Math.round), and the result is cleaned of binary fractions (0.07 not 0.0700000001).
 */
export function publishAt(value: number, rounding: PublishRounding = 'nearest', step = SUMMARY_STEP): number {
  if (!Number.isFinite(value)) return value;
  const steps = ROUNDERS[rounding](Number((value / step).toPrecision(12)));
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const shown = Number((steps * step).toFixed(decimals));
  return Object.is(shown, -0) ? 0 : shown;
}
