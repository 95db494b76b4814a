import { describe, expect, it } from 'vitest';
import { mean, median, quantile, quantiles, sampleCovariance, sampleVariance, sum } from './summary.stats.js';

describe('mean', () => {
  it('averages the values', () => {
    expect(mean([2, 4, 9])).toBe(5);
  });

  it('is null for no values', () => {
    expect(mean([])).toBeNull();
  });

  it('rejects NaN', () => {
    expect(() => mean([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('median', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });
});

describe('quantile', () => {
  it('interpolates the lower quartile of 1..9 as 3 (type 7)', () => {
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9], 0.25)).toBe(3);
  });

  it('interpolates between order statistics: 0.9 of [10, 20, 30, 40] is 37', () => {
    expect(quantile([40, 10, 30, 20], 0.9)).toBeCloseTo(37, 12);
  });

  it('returns the extremes at 0 and 1', () => {
    expect(quantiles([3, 1, 2], [0, 1])).toEqual([1, 3]);
  });

  it('rejects p above 1', () => {
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe('sampleVariance and sampleCovariance', () => {
  it('uses the n − 1 denominator: variance of 2, 4, 4, 4, 5, 5, 7, 9 is 32/7', () => {
    expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 12);
  });

  it('is null for a single value', () => {
    expect(sampleVariance([3])).toBeNull();
  });

  it('gives covariance −1 for (1,3), (2,2), (3,1)', () => {
    expect(sampleCovariance([1, 2, 3], [3, 2, 1])).toBe(-1);
  });
});

describe('sum', () => {
  it('is 0 for no values', () => {
    expect(sum([])).toBe(0);
  });
});
