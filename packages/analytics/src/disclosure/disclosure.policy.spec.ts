import { describe, expect, it } from 'vitest';
import { applyDisclosure, suppressCount, suppressMean, suppressMedian } from './disclosure.policy.js';

describe('suppressCount', () => {
  it.each([
    [0, 0],
    [1, null],
    [7, null],
    [8, 10],
    [12, 10],
    [13, 15],
    [15, 15],
    [102, 100],
    [103, 105],
  ])('shows %i as %s', (count, shown) => {
    expect(suppressCount(count)).toBe(shown);
  });

  it('rejects a fractional count', () => {
    expect(() => suppressCount(12.5)).toThrow(RangeError);
  });

  it('rejects a negative count', () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
  });
});

describe('suppressMean', () => {
  it('withholds a mean of 7 values', () => {
    expect(suppressMean([1, 2, 3, 4, 5, 6, 7])).toBeNull();
  });

  it('computes the mean of 8 values', () => {
    expect(suppressMean([1, 2, 3, 4, 5, 6, 7, 8])).toBe(4.5);
  });

  it('passes through a given mean when n is 8 or more', () => {
    expect(suppressMean(8, 21.3)).toBe(21.3);
  });

  it('withholds a given mean when n is below 8', () => {
    expect(suppressMean(7, 21.3)).toBeNull();
  });

  it('withholds the mean of no values rather than giving NaN', () => {
    expect(suppressMean([])).toBeNull();
  });
});

describe('suppressMedian', () => {
  it('withholds a median of 7 values and shows one of 8', () => {
    expect([suppressMedian([1, 2, 3, 4, 5, 6, 7]), suppressMedian([1, 2, 3, 4, 5, 6, 7, 8])]).toEqual([null, 4.5]);
  });
});

describe('applyDisclosure', () => {
  it('computes the percentage from rounded counts: 13/22 → 15/20 = 75%', () => {
    expect(applyDisclosure(13, 22)).toEqual({ value: 75, suppressed: false, reason: null });
  });

  it('shows 0% for a zero numerator', () => {
    expect(applyDisclosure(0, 40)).toEqual({ value: 0, suppressed: false, reason: null });
  });

  it('suppresses when the numerator is between 1 and 7', () => {
    expect(applyDisclosure(7, 40)).toEqual({
      value: null,
      suppressed: true,
      reason: 'numerator is between 1 and 7',
    });
  });

  it('suppresses when the denominator is between 1 and 7', () => {
    expect(applyDisclosure(0, 5)).toMatchObject({ value: null, suppressed: true });
  });

  it('suppresses when the complement is between 1 and 7, never showing a false 100%: 44/47 would round to 45/45', () => {
    expect(applyDisclosure(44, 47)).toEqual({ value: null, suppressed: true, reason: 'complement is between 1 and 7' });
    expect(applyDisclosure(47, 47)).toEqual({ value: 100, suppressed: false, reason: null });
  });

  it('gives no value, unsuppressed, for a zero denominator', () => {
    expect(applyDisclosure(0, 0)).toEqual({ value: null, suppressed: false, reason: 'denominator is zero' });
  });

  it('supports a rate scale: 12 of 1,003 → 10 per 1,005 × 1,000', () => {
    expect(applyDisclosure(12, 1003, 1000).value).toBeCloseTo((10 / 1005) * 1000, 10);
  });
});
