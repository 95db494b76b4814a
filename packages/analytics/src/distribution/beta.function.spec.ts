import { describe, expect, it } from 'vitest';
import { regularizedBeta } from './beta.function.js';

describe('regularizedBeta', () => {
  it('equals x when a = b = 1 (uniform distribution)', () => {
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
  });

  it('equals x² when a = 2, b = 1', () => {
    expect(regularizedBeta(0.6, 2, 1)).toBeCloseTo(0.36, 14);
  });

  it('equals 1/2 at x = 1/2 when a = b (symmetry)', () => {
    expect(regularizedBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 14);
  });

  it('is 0 and 1 at the ends of the interval', () => {
    expect([regularizedBeta(0, 2, 3), regularizedBeta(1, 2, 3)]).toEqual([0, 1]);
  });
});
