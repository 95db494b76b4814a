import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.interval.js';

describe('wilsonInterval', () => {
  // By hand with z = 1.959964: z² = 3.841459, centre 2·81 + z² = 165.841459,
  // spread z·√(z² + 4·81·182/263) = 29.598, denominator 2(263 + z²) = 533.683.
  it('gives [0.2553, 0.3662] for 81/263', () => {
    const interval = wilsonInterval(81, 263);
    expect(interval?.estimate).toBeCloseTo(0.307985, 6);
    expect(interval?.lower).toBeCloseTo(0.2553, 4);
    expect(interval?.upper).toBeCloseTo(0.3662, 4);
  });

  it('gives a lower bound of exactly 0 for 0/10 and upper z²/(n + z²) = 0.2775', () => {
    const interval = wilsonInterval(0, 10);
    expect(interval?.lower).toBe(0);
    expect(interval?.upper).toBeCloseTo(3.841459 / 13.841459, 6);
  });

  it('gives an upper bound of exactly 1 for 10/10', () => {
    expect(wilsonInterval(10, 10)?.upper).toBe(1);
  });

  it('narrows at 90% confidence (z = 1.644854)', () => {
    // 5/8: centre 10 + 2.705543, spread 1.644854·√(2.705543 + 7.5) = 5.2550
    const interval = wilsonInterval(5, 8, 0.9);
    expect(interval?.lower).toBeCloseTo((12.705543 - 5.255) / 21.411086, 3);
    expect(interval?.upper).toBeCloseTo((12.705543 + 5.255) / 21.411086, 3);
  });

  it('returns null when n = 0', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('throws RangeError when successes exceed n', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
  });

  it('throws RangeError for negative successes', () => {
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
  });

  it('throws RangeError for non-finite input', () => {
    expect(() => wilsonInterval(Number.NaN, 4)).toThrow(RangeError);
  });
});
