import { describe, expect, it } from 'vitest';
import { pairedMeanChange } from './paired-mean.interval.js';

const pairs = [
  { before: 20, after: 24 },
  { before: 22, after: 23 },
  { before: 19, after: 22 },
  { before: 25, after: 26 },
  { before: 21, after: 27 },
];

describe('pairedMeanChange', () => {
  // Changes 4, 1, 3, 1, 6: mean 3, squared deviations sum 18, sd √(18/4) = 2.121320,
  // t(0.975, 4) = 2.776445, margin 2.776445·2.121320/√5 = 2.633967.
  it('gives the mean change 3 with t interval [0.3660, 5.6340]', () => {
    const change = pairedMeanChange(pairs);
    expect(change?.meanChange).toBe(3);
    expect(change?.lower).toBeCloseTo(0.366033, 6);
    expect(change?.upper).toBeCloseTo(5.633967, 6);
  });

  it('reports n, both means and the sd of the changes', () => {
    const change = pairedMeanChange(pairs);
    expect(change).toMatchObject({ n: 5, meanBefore: 21.4, meanAfter: 24.4 });
    expect(change?.sdChange).toBeCloseTo(2.12132, 5);
  });

  it('gives no interval and no sd for a single pair, never NaN', () => {
    expect(pairedMeanChange([{ before: 10, after: 13 }])).toEqual({
      n: 1,
      meanBefore: 10,
      meanAfter: 13,
      meanChange: 3,
      sdChange: null,
      lower: null,
      upper: null,
    });
  });

  it('returns null with no pairs', () => {
    expect(pairedMeanChange([])).toBeNull();
  });

  it('throws RangeError for a non-finite score', () => {
    expect(() => pairedMeanChange([{ before: Number.POSITIVE_INFINITY, after: 1 }])).toThrow(RangeError);
  });
});
