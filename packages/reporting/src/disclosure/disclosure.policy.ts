// Disclosure control (docs/methods.md, "Disclosure control") as a per-request policy. Counts,
// totals, proportions and summaries pass through here before they leave a report, so a role
// that does not see records never receives a count of 1–7, an unrounded count, or a figure
// from which either could be worked back, whatever filters or groups it asks for.
import { SUPPRESS_BELOW, suppressCount, wilsonInterval } from '@hub/analytics';
import { checkBoolean } from '../input/input.validate.js';
import { ReportingInputError } from '../input/reporting.errors.js';
import { publishAt, type PublishRounding } from './disclosure.precision.js';

export { RATIO_STEP, SUMMARY_STEP, publishAt, type PublishRounding } from './disclosure.precision.js';

export interface DisclosurePolicy {
  /** On (the default) for every role that does not see records. */
  suppressSmallCounts: boolean;
}

export const DEFAULT_DISCLOSURE: DisclosurePolicy = Object.freeze({ suppressSmallCounts: true });
/** What roles with record-level access get: exact figures. */
export const EXACT_DISCLOSURE: DisclosurePolicy = Object.freeze({ suppressSmallCounts: false });
export const SUPPRESSED = 'suppressed: fewer than 8';
export const SUPPRESSED_MEAN = 'suppressed: built from fewer than 8 values';
/** Why a proportion is withheld: showing it would reveal a count of 1–7 or read as a false 0% or 100%. */
export const NUMERATOR_WITHHELD = 'numerator 1–7';
export const COMPLEMENT_WITHHELD = 'complement 1–7';
export const DENOMINATOR_WITHHELD = 'denominator 1–7';
/** Why a figure derived from published parts is withheld. */
export const PART_WITHHELD = 'withheld: a part it is computed from is withheld';

/**
 * Said beside parts shown with their total under the controlled policy (docs/methods.md,
 * "Totals"): each is rounded once from its own exact count, so the rounded parts need not sum
 * to the rounded total.
 */
export const TOTALS_NOTE = 'Totals are rounded once from exact counts, so parts may not add up to the total.';

/** The note for parts beside a total; none with exact figures, whose parts do add up. */
export function totalsNote(policy: DisclosurePolicy): string | null {
  return policy.suppressSmallCounts ? TOTALS_NOTE : null;
}

/** A count or summary as published: null with the reason when withheld or undefined. */
export interface ReportedValue {
  value: number | null;
  reason: string | null;
}

/** x / n as published, the estimate and Wilson interval computed from the published counts. */
export interface ReportedProportion {
  numerator: number | null;
  denominator: number | null;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  reason: string | null;
}

export function resolvePolicy(policy: DisclosurePolicy | undefined, field = 'policy'): DisclosurePolicy {
  if (policy === undefined) return DEFAULT_DISCLOSURE;
  if (policy === null || typeof policy !== 'object') throw new ReportingInputError(field, 'must be an object');
  return { suppressSmallCounts: checkBoolean(policy.suppressSmallCounts, `${field}.suppressSmallCounts`) };
}

/** 0 stays 0, 1–7 are withheld, the rest rounded to the nearest 5; exact when the policy is off. */
export function discloseCount(count: number, policy: DisclosurePolicy): ReportedValue {
  if (!policy.suppressSmallCounts) return { value: count, reason: null };
  const shown = suppressCount(count);
  return shown === null ? { value: null, reason: SUPPRESSED } : { value: shown, reason: null };
}

/**
 * A mean, median or other summary of `n` values: withheld below 8 values, null with a reason
 * when empty, and otherwise published at `step` (whole units by default) so that it cannot be
 * multiplied back into an exact n. Exact when the policy is off.
 */
export function discloseSummary(
  n: number,
  value: number | null,
  policy: DisclosurePolicy,
  empty = 'no values',
  rounding: PublishRounding = 'nearest',
): ReportedValue {
  if (n === 0 || value === null) return { value: null, reason: empty };
  if (!policy.suppressSmallCounts) return { value, reason: null };
  if (n < SUPPRESS_BELOW) return { value: null, reason: SUPPRESSED_MEAN };
  return { value: publishAt(value, rounding), reason: null };
}

/**
 * A proportion under the policy. Withheld, with the reason, when the numerator or the complement
 * (denominator − numerator) is 1–7: it would reveal that count, or after rounding read as a false
 * 0% or 100% (44/47 rounds to 45/45). Otherwise the estimate and Wilson interval come from the
 * published (rounded) counts, so they agree with the counts shown beside them.
 */
export function discloseProportion(numerator: number, denominator: number, policy: DisclosurePolicy, empty = 'denominator is zero'): ReportedProportion {
  const bottom = discloseCount(denominator, policy);
  const none = { numerator: null, estimate: null, lower: null, upper: null };
  if (bottom.value === null) return { ...none, denominator: null, reason: DENOMINATOR_WITHHELD };
  if (bottom.value === 0) return { ...none, numerator: 0, denominator: 0, reason: empty };
  if (discloseCount(numerator, policy).value === null) return { ...none, denominator: bottom.value, reason: NUMERATOR_WITHHELD };
  if (discloseCount(denominator - numerator, policy).value === null) {
    return { ...none, denominator: bottom.value, reason: COMPLEMENT_WITHHELD };
  }
  return proportionOf(discloseCount(numerator, policy).value as number, bottom.value);
}

/** Estimate and Wilson interval of counts already published. */
function proportionOf(numerator: number, denominator: number): ReportedProportion {
  const interval = wilsonInterval(numerator, denominator);
  return {
    numerator,
    denominator,
    estimate: interval?.estimate ?? null,
    lower: interval?.lower ?? null,
    upper: interval?.upper ?? null,
    reason: null,
  };
}
