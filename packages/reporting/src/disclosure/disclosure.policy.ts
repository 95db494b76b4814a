// Disclosure control (DOMAIN.md §6) as a per-request policy. Counts, totals, proportions and
// means pass through here before they leave a service, so a role that does not see records
// never receives a count of 1–7 or an unrounded count, whatever filters or groups it asks for.
import { SUPPRESS_BELOW, suppressCount, wilsonInterval } from '@hub/analytics';
import { checkBoolean } from '../input/input.validate.js';
import { ReportingInputError } from '../input/reporting.errors.js';

export interface DisclosurePolicy {
  /** On (the default) for every role that does not see records. */
  suppressSmallCounts: boolean;
}

export const DEFAULT_DISCLOSURE: DisclosurePolicy = Object.freeze({ suppressSmallCounts: true });
export const SUPPRESSED = 'suppressed: fewer than 8';
export const SUPPRESSED_MEAN = 'suppressed: built from fewer than 8 values';

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

/** A mean, median or other summary of `n` values: withheld below 8 values, null with a reason when empty. */
export function discloseSummary(n: number, value: number | null, policy: DisclosurePolicy, empty = 'no values'): ReportedValue {
  if (n === 0 || value === null) return { value: null, reason: empty };
  if (policy.suppressSmallCounts && n < SUPPRESS_BELOW) return { value: null, reason: SUPPRESSED_MEAN };
  return { value, reason: null };
}

/** Percentages come from the published (rounded) numerator and denominator, so they agree with them. */
export function discloseProportion(
  numerator: number,
  denominator: number,
  policy: DisclosurePolicy,
  empty = 'denominator is zero',
): ReportedProportion {
  const top = discloseCount(numerator, policy);
  const bottom = discloseCount(denominator, policy);
  const withheld = { numerator: top.value, denominator: bottom.value, estimate: null, lower: null, upper: null };
  if (bottom.value === null) return { ...withheld, reason: `denominator ${SUPPRESSED}` };
  if (bottom.value === 0) return { ...withheld, reason: empty };
  if (top.value === null) return { ...withheld, reason: `numerator ${SUPPRESSED}` };
  const interval = wilsonInterval(top.value, bottom.value);
  return {
    numerator: top.value,
    denominator: bottom.value,
    estimate: interval?.estimate ?? null,
    lower: interval?.lower ?? null,
    upper: interval?.upper ?? null,
    reason: null,
  };
}
