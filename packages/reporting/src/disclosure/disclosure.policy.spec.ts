import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISCLOSURE, SUPPRESSED, discloseCount, discloseProportion, discloseSummary, resolvePolicy,
} from './disclosure.policy.js';

const on = DEFAULT_DISCLOSURE;
const off = { suppressSmallCounts: false };

describe('discloseCount', () => {
  it('shows zero as zero', () => {
    expect(discloseCount(0, on)).toEqual({ value: 0, reason: null });
  });

  it.each([1, 2, 5, 7])('withholds %i with the reason', (count) => {
    expect(discloseCount(count, on)).toEqual({ value: null, reason: SUPPRESSED });
  });

  it.each([[8, 10], [12, 10], [13, 15], [1247, 1245], [1248, 1250]])('rounds %i to the nearest 5: %i', (count, shown) => {
    expect(discloseCount(count, on).value).toBe(shown);
  });

  it('returns exact counts when the policy is off', () => {
    expect(discloseCount(3, off)).toEqual({ value: 3, reason: null });
  });
});

describe('discloseProportion', () => {
  // 12/23 is published as 10/25: Wilson for 10/25 is [0.2340, 0.5926].
  it('computes the percentage and its interval from the rounded counts', () => {
    const shown = discloseProportion(12, 23, on);
    expect(shown).toMatchObject({ numerator: 10, denominator: 25, estimate: 0.4 });
    expect(shown.lower).toBeCloseTo(0.234, 3);
    expect(shown.upper).toBeCloseTo(0.5926, 3);
  });

  it('withholds the percentage when the numerator is 1–7 and says why', () => {
    expect(discloseProportion(3, 40, on)).toMatchObject({ numerator: null, denominator: 40, estimate: null, reason: `numerator ${SUPPRESSED}` });
  });

  it('withholds everything when the denominator is 1–7', () => {
    expect(discloseProportion(2, 6, on)).toMatchObject({ numerator: null, denominator: null, estimate: null, reason: `denominator ${SUPPRESSED}` });
  });

  it('gives null with the caller\'s reason when the denominator is zero, never NaN', () => {
    expect(discloseProportion(0, 0, on, 'no pairs')).toMatchObject({ estimate: null, lower: null, reason: 'no pairs' });
  });

  it('uses exact counts when the policy is off', () => {
    expect(discloseProportion(3, 6, off)).toMatchObject({ numerator: 3, denominator: 6, estimate: 0.5 });
  });
});

describe('discloseSummary', () => {
  it('withholds a mean of fewer than 8 values', () => {
    expect(discloseSummary(7, 4.2, on).value).toBeNull();
    expect(discloseSummary(8, 4.2, on).value).toBe(4.2);
  });

  it('keeps a small-sample mean when the policy is off, and null with a reason when there are no values', () => {
    expect(discloseSummary(2, 4.2, off).value).toBe(4.2);
    expect(discloseSummary(0, null, off, 'no starts')).toEqual({ value: null, reason: 'no starts' });
  });
});

describe('resolvePolicy', () => {
  it('defaults to suppression on', () => {
    expect(resolvePolicy(undefined)).toEqual({ suppressSmallCounts: true });
  });

  it('names the field when the flag is not a boolean', () => {
    expect(() => resolvePolicy({ suppressSmallCounts: 'no' } as never)).toThrow(expect.objectContaining({ field: 'policy.suppressSmallCounts' }));
  });
});
