import { describe, expect, it } from 'vitest';
import { tChart } from './t.chart.js';

// Days chosen so that y = d^(1/3.6) alternates 2, 3: mean y 2.5, every MR 1,
// so y limits are 2.5 ± 2.66 and y 2σ lines 2.5 ± 1.773333.
const days = Array.from({ length: 7 }, () => [2 ** 3.6, 3 ** 3.6]).flat();

describe('tChart', () => {
  it('back-transforms the centre line: 2.5^3.6 days', () => {
    expect(tChart(days).points[0].mean).toBeCloseTo(2.5 ** 3.6, 8);
  });

  it('back-transforms the upper limit: 5.16^3.6 days', () => {
    expect(tChart(days).points[0].upperLimit).toBeCloseTo(5.16 ** 3.6, 8);
  });

  it('floors a negative lower limit on the y scale (2.5 − 2.66) at 0 days', () => {
    expect(tChart(days).points[0].lowerLimit).toBe(0);
  });

  it('back-transforms the 2σ lines', () => {
    const point = tChart(days).points[0];
    expect(point.upperTwoSigma).toBeCloseTo((2.5 + 1.773333333) ** 3.6, 6);
    expect(point.lowerTwoSigma).toBeCloseTo((2.5 - 1.773333333) ** 3.6, 6);
  });

  it('keeps the values in days', () => {
    expect(tChart(days).points[1].value).toBe(3 ** 3.6);
  });

  // With y = 20 appended: mean y 55/15, MRs thirteen 1s and 17 → 30/14, y UPL 9.367 < 20.
  it('flags a long gap between events as a single point, improvement when longer is better', () => {
    const chart = tChart([...days, 20 ** 3.6], { direction: 'increase' });
    expect(chart.points[14]).toMatchObject({ rules: ['singlePoint'], specialCause: 'improvement' });
  });

  it('reads a target in days: 100 days lies between the limits (0 and ~368)', () => {
    expect(tChart(days, { direction: 'increase', target: 100 }).assurance).toBe('hitOrMiss');
  });

  it('rejects negative days', () => {
    expect(() => tChart([1, -2])).toThrow(RangeError);
  });
});
