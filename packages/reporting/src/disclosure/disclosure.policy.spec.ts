import { describe, expect, it } from 'vitest';
import {
  COMPLEMENT_WITHHELD,
  DEFAULT_DISCLOSURE,
  DENOMINATOR_WITHHELD,
  NUMERATOR_WITHHELD,
  SUPPRESSED,
  SUPPRESSED_MEAN,
  discloseCount,
  discloseProportion,
  discloseSummary,
  resolvePolicy,
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

  it.each([
    [8, 10],
    [12, 10],
    [13, 15],
    [1247, 1245],
    [1248, 1250],
  ])('rounds %i to the nearest 5: %i', (count, shown) => {
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
    expect(discloseProportion(3, 40, on)).toMatchObject({ numerator: null, denominator: 40, estimate: null, reason: NUMERATOR_WITHHELD });
  });

  // Biscot 2019/20: 44 of 47 improved would round to 45/45 and read as 100%.
  it('withholds 44/47 because its complement (3) is 1–7, never showing a false 100%', () => {
    expect(discloseProportion(44, 47, on)).toEqual({
      numerator: null,
      denominator: 45,
      estimate: null,
      lower: null,
      upper: null,
      reason: COMPLEMENT_WITHHELD,
    });
  });

  it('withholds a false 0% the same way: 0 of 5 has a complement of 5', () => {
    expect(discloseProportion(0, 5, on)).toMatchObject({ estimate: null, denominator: null, reason: DENOMINATOR_WITHHELD });
  });

  it('shows a true 0% and a true 100%: numerator or complement 0', () => {
    expect(discloseProportion(0, 47, on)).toMatchObject({ numerator: 0, denominator: 45, estimate: 0, reason: null });
    expect(discloseProportion(47, 47, on)).toMatchObject({ numerator: 45, denominator: 45, estimate: 1, reason: null });
  });

  it('publishes 45/100 as 0.45 with the Wilson interval [0.3561, 0.5476] (z = 1.96, hand-computed)', () => {
    const shown = discloseProportion(45, 100, on);
    expect(shown).toMatchObject({ numerator: 45, denominator: 100, estimate: 0.45, reason: null });
    expect(shown.lower).toBeCloseTo(0.35614, 4);
    expect(shown.upper).toBeCloseTo(0.54756, 4);
  });

  it('withholds everything when the denominator is 1–7', () => {
    expect(discloseProportion(2, 6, on)).toMatchObject({ numerator: null, denominator: null, estimate: null, reason: DENOMINATOR_WITHHELD });
  });

  it('never publishes a numerator equal to the denominator unless the complement is 0: 48/56 → 50/55', () => {
    expect(discloseProportion(48, 56, on)).toMatchObject({ numerator: 50, denominator: 55 });
  });

  it("gives null with the caller's reason when the denominator is zero, never NaN", () => {
    expect(discloseProportion(0, 0, on, 'no pairs')).toMatchObject({ estimate: null, lower: null, reason: 'no pairs' });
  });

  it('uses exact counts when the policy is off', () => {
    expect(discloseProportion(3, 6, off)).toMatchObject({ numerator: 3, denominator: 6, estimate: 0.5 });
    expect(discloseProportion(44, 47, off)).toMatchObject({ numerator: 44, denominator: 47, estimate: 44 / 47, reason: null });
  });
});

describe('discloseSummary', () => {
  it('withholds a mean of fewer than 8 values', () => {
    expect(discloseSummary(7, 4.2, on)).toEqual({ value: null, reason: SUPPRESSED_MEAN });
    expect(discloseSummary(8, 4.2, on).value).toBe(4);
  });

  // 717 days over 18 starts: 39.8333… would single out n = 18 among the 16–20 a published 20 allows.
  it('publishes a mean of 717/18 days in whole days under the policy, exactly without it', () => {
    expect(discloseSummary(18, 717 / 18, on)).toEqual({ value: 40, reason: null });
    expect(discloseSummary(18, 717 / 18, off).value).toBeCloseTo(39.8333, 4);
  });

  it('rounds interval limits outward when asked, so the interval still covers', () => {
    expect(discloseSummary(20, 1.2, on, 'none', 'down').value).toBe(1);
    expect(discloseSummary(20, 1.2, on, 'none', 'up').value).toBe(2);
    expect(discloseSummary(20, -1.2, on, 'none', 'down').value).toBe(-2);
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
