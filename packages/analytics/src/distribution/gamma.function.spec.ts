import { describe, expect, it } from 'vitest';
import { logGamma, regularizedGammaP, regularizedGammaQ } from './gamma.function.js';

describe('logGamma', () => {
  it('gives ln(4!) for Γ(5)', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
  });

  it('gives ln(√π) for Γ(1/2)', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });
});

describe('regularizedGammaP', () => {
  it('matches 1 − e^−x when a = 1 (exponential distribution)', () => {
    expect(regularizedGammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 13);
  });

  it('is 0 at x = 0', () => {
    expect(regularizedGammaP(3, 0)).toBe(0);
  });

  it('uses the continued fraction above a + 1 and still matches the closed form', () => {
    // P(2, x) = 1 − e^−x (1 + x)
    expect(regularizedGammaP(2, 10)).toBeCloseTo(1 - Math.exp(-10) * 11, 13);
  });
});

describe('regularizedGammaQ', () => {
  it('keeps precision in the far upper tail', () => {
    expect(regularizedGammaQ(1, 50) / Math.exp(-50)).toBeCloseTo(1, 10);
  });
});
