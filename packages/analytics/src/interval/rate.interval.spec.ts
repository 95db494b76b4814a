import { describe, expect, it } from 'vitest';
import { rateInterval } from './rate.interval.js';

describe('rateInterval', () => {
  it('scales the count and its Byar limits: 50 in 10,000 is 5.0 per 1,000 [3.711, 6.592]', () => {
    const rate = rateInterval(50, 10_000);
    expect(rate?.rate).toBe(5);
    expect(rate?.lower).toBeCloseTo(3.7108, 4);
    expect(rate?.upper).toBeCloseTo(6.592, 3);
  });

  it('supports another multiplier: 5 in 200 is 2.5 per 100', () => {
    expect(rateInterval(5, 200, 100)?.rate).toBe(2.5);
  });

  it('returns null when the denominator is 0', () => {
    expect(rateInterval(3, 0)).toBeNull();
  });

  it('throws RangeError for a negative denominator', () => {
    expect(() => rateInterval(3, -1)).toThrow(RangeError);
  });
});
