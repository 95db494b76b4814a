// Statistical disclosure control for anything below record level (docs/methods.md).
// Deterministic: the same inputs always give the same published figures, so
// repeated queries cannot be averaged to recover a hidden count.
import { assertCount, assertFinite } from '../common/input.guard.js';
import { mean as meanOf, median as medianOf } from '../common/summary.stats.js';

export const SUPPRESS_BELOW = 8;
export const ROUND_TO = 5;

export interface DisclosedValue {
  value: number | null;
  suppressed: boolean;
  reason: string | null;
}

/** 0 stays 0; 1–7 → null (suppressed); otherwise the nearest multiple of 5. */
export function suppressCount(count: number): number | null {
  assertCount(count, 'count');
  if (count === 0) return 0;
  if (count < SUPPRESS_BELOW) return null;
  // Counts are whole numbers, so count / 5 never lands on .5 and no tie rule is needed.
  return Math.round(count / ROUND_TO) * ROUND_TO;
}

/**
 * A mean (or any summary) built from fewer than 8 values is withheld.
 * Pass the values themselves, or their count with the summary already computed.
 */
export function suppressMean(values: readonly number[] | number, mean?: number | null): number | null {
  const n = typeof values === 'number' ? values : values.length;
  assertCount(n, 'n');
  if (n < SUPPRESS_BELOW) return null;
  if (mean !== undefined && mean !== null) assertFinite(mean, 'mean');
  if (mean !== undefined) return mean;
  return typeof values === 'number' ? null : meanOf(values);
}

/** The median equivalent of suppressMean. */
export function suppressMedian(values: readonly number[]): number | null {
  return values.length < SUPPRESS_BELOW ? null : medianOf(values);
}

/**
 * A percentage (or other ratio, via `scale`) computed from the rounded
 * numerator and denominator, so it agrees with the counts shown beside it.
 * Withheld when the numerator or the complement (denominator − numerator) is
 * 1–7: it would reveal that count, or after rounding read as a false 0% or
 * 100% (44/47 rounds to 45/45).
 */
export function applyDisclosure(numerator: number, denominator: number, scale = 100): DisclosedValue {
  if (numerator > denominator) {
    throw new RangeError(`numerator (${numerator}) must not exceed denominator (${denominator})`);
  }
  const shownDenominator = suppressCount(denominator);
  const shownNumerator = suppressCount(numerator);
  if (shownDenominator === null) return withheld('denominator is between 1 and 7');
  if (shownDenominator === 0) return { value: null, suppressed: false, reason: 'denominator is zero' };
  if (shownNumerator === null) return withheld('numerator is between 1 and 7');
  if (suppressCount(denominator - numerator) === null) return withheld('complement is between 1 and 7');
  return { value: (shownNumerator / shownDenominator) * scale, suppressed: false, reason: null };
}

function withheld(reason: string): DisclosedValue {
  return { value: null, suppressed: true, reason };
}
