import { describe, expect, it } from 'vitest';
import { meanMovingRange, movingRanges, runLines, xmrLines } from './spc.limits.js';
import { layoutSeries } from './spc.series.js';

describe('movingRanges', () => {
  it('takes |xᵢ − xᵢ₋₁| between neighbours', () => {
    const layout = layoutSeries([10, 14, 11], {});
    expect(movingRanges(layout, layout.segments[0])).toEqual([4, 3]);
  });

  // |11 − 14| = 3 spans the missing period, as MDC's tool (which has no row for it) does.
  it('bridges a period with no value', () => {
    const layout = layoutSeries([10, 14, null, 11, 12], {});
    expect(movingRanges(layout, layout.segments[0])).toEqual([4, 3, 1]);
  });

  it('bridges a ghosted point, from the point before to the point after', () => {
    const layout = layoutSeries([10, 14, 50, 11, 12], { ghosted: [2] });
    expect(movingRanges(layout, layout.segments[0])).toEqual([4, 3, 1]);
  });

  it('takes no range across a rebase', () => {
    const layout = layoutSeries([10, 14, 30, 33], { rebaseAt: [2] });
    expect([movingRanges(layout, layout.segments[0]), movingRanges(layout, layout.segments[1])]).toEqual([[4], [3]]);
  });
});

describe('meanMovingRange', () => {
  it('averages the ranges', () => {
    expect(meanMovingRange([4, 4, 4, 30], false)).toBe(10.5);
  });

  // First mean 10.5; 3.267 × 10.5 = 34.3, so nothing is screened from [4, 4, 4, 30]...
  it('keeps ranges below 3.267 × the mean when screening', () => {
    expect(meanMovingRange([4, 4, 4, 30], true)).toBe(10.5);
  });

  // ...but twelve 4s and one 30 give 78/13 = 6 and 30 ≥ 19.6, so it is dropped: mean 4.
  it('drops a range at or above 3.267 × the mean and re-averages', () => {
    expect(meanMovingRange([...Array(12).fill(4), 30], true)).toBe(4);
  });

  it('is null with no ranges', () => {
    expect(meanMovingRange([], false)).toBeNull();
  });
});

describe('xmrLines', () => {
  // Alternating 10, 14: mean 12, every MR 4, so 2.66 × 4 = 10.64 and two thirds of it 7.0933.
  it('puts limits at mean ± 2.66 × mean(MR) and 2σ at two thirds of that', () => {
    const layout = layoutSeries([10, 14, 10, 14], {});
    const lines = xmrLines(layout, layout.segments[0], false);
    expect(lines.centre).toBe(12);
    expect(lines.upperLimit).toBeCloseTo(22.64, 10);
    expect(lines.lowerLimit).toBeCloseTo(1.36, 10);
    expect(lines.upperTwoSigma).toBeCloseTo(12 + 7.093333, 6);
    expect(lines.lowerTwoSigma).toBeCloseTo(12 - 7.093333, 6);
  });

  it('gives the centre but no limits for a single point', () => {
    const layout = layoutSeries([7], {});
    expect(xmrLines(layout, layout.segments[0], false)).toMatchObject({ centre: 7, upperLimit: null });
  });

  it('returns the exact value as the mean of identical values (no floating-point dust)', () => {
    const layout = layoutSeries(Array(13).fill(0.1), {});
    expect(xmrLines(layout, layout.segments[0], false).centre).toBe(0.1);
  });
});

describe('runLines', () => {
  it('uses the median as the centre line and draws no limits', () => {
    const layout = layoutSeries([1, 9, 2, 8], {});
    expect(runLines(layout, layout.segments[0])).toEqual({
      centre: 5,
      upperLimit: null,
      lowerLimit: null,
      upperTwoSigma: null,
      lowerTwoSigma: null,
    });
  });
});
