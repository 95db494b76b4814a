import { describe, expect, it } from 'vitest';
import { pairedRatioInterval } from './ratio.interval.js';

// GP and A&E visits before (4, 6, 2, 5, 3) and after (1, 2, 0, 2, 1).
const visits = [
  { before: 4, after: 1 },
  { before: 6, after: 2 },
  { before: 2, after: 0 },
  { before: 5, after: 2 },
  { before: 3, after: 1 },
];

describe('pairedRatioInterval (Fieller)', () => {
  // By hand: ā = 1.2, b̄ = 4, s_aa = 0.7, s_bb = 2.5, s_ab = 1.25, t(0.975, 4)² / 5 = 1.541728;
  // A = 16 − 3.854320 = 12.145676, B = 4.8 − 1.927160 = 2.872838, C = 1.44 − 1.079210 = 0.360789;
  // ρ = (B ± √(B² − AC)) / A.
  it('gives [0.07454, 0.39853] around the ratio 0.3', () => {
    const bounds = pairedRatioInterval(visits);
    expect(bounds?.lower).toBeCloseTo(0.074538, 5);
    expect(bounds?.upper).toBeCloseTo(0.398526, 5);
  });

  it('returns null with fewer than two pairs', () => {
    expect(pairedRatioInterval([{ before: 3, after: 1 }])).toBeNull();
  });

  it('returns null when the mean before is not clearly above zero (unbounded set)', () => {
    const noisy = [
      { before: 0, after: 1 },
      { before: 5, after: 1 },
    ];
    expect(pairedRatioInterval(noisy)).toBeNull();
  });

  it('collapses to the ratio itself when every pair has the same change ratio and no spread', () => {
    const exact = [
      { before: 4, after: 2 },
      { before: 4, after: 2 },
      { before: 4, after: 2 },
    ];
    expect(pairedRatioInterval(exact)).toEqual({ lower: 0.5, upper: 0.5 });
  });
});
