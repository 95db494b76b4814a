import { describe, expect, it } from 'vitest';
import { chiSquareCdf, chiSquareQuantile } from './chi-square.quantile.js';

// Published chi-square table values (NIST/SEMATECH e-Handbook 1.3.6.7.4).
describe('chiSquareQuantile', () => {
  it('gives 3.841459 at 0.95 with 1 df', () => {
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841459, 5);
  });

  it('gives 7.377759 at 0.975 with 2 df (= −2 ln 0.025)', () => {
    expect(chiSquareQuantile(0.975, 2)).toBeCloseTo(-2 * Math.log(0.025), 9);
  });

  it('gives 3.246973 at 0.025 with 10 df', () => {
    expect(chiSquareQuantile(0.025, 10)).toBeCloseTo(3.246973, 5);
  });

  it('gives 23.33666 at 0.975 with 12 df', () => {
    expect(chiSquareQuantile(0.975, 12)).toBeCloseTo(23.33666, 4);
  });

  it('gives 0 at p = 0', () => {
    expect(chiSquareQuantile(0, 4)).toBe(0);
  });

  it('rejects zero degrees of freedom', () => {
    expect(() => chiSquareQuantile(0.5, 0)).toThrow(RangeError);
  });
});

describe('chiSquareCdf', () => {
  it('gives 0.95 at 3.841459 with 1 df', () => {
    expect(chiSquareCdf(3.841459, 1)).toBeCloseTo(0.95, 6);
  });
});
