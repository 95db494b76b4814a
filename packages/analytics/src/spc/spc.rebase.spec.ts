import { describe, expect, it } from 'vitest';
import { xmrChart } from './xmr.chart.js';

// Ten points around 10, then seven around 15.3: mean 209 / 17 = 12.29, so the last seven
// (indexes 10 to 16) lie above it in a row to the end.
const before = [10, 11, 9, 10, 12, 10, 11, 9, 10, 10];
const shifted = [...before, 15, 16, 14, 15, 16, 15, 16];

describe('suggested rebase', () => {
  it('is the first point of the run on one side of the mean that lasts to the end', () => {
    expect(xmrChart(shifted).suggestedRebase).toEqual({ index: 10, side: 'high', length: 7 });
  });

  it('finds a shift downwards the same way', () => {
    // 20 − each value: mean 20 − 12.29 = 7.71, the last seven below it.
    expect(xmrChart(shifted.map((value) => 20 - value)).suggestedRebase).toEqual({ index: 10, side: 'low', length: 7 });
  });

  it('needs the run to be as long as a shift', () => {
    expect(xmrChart(shifted, { shiftLength: 8 }).suggestedRebase).toBeNull();
    expect(xmrChart(shifted, { shiftLength: 7 }).suggestedRebase).toEqual({ index: 10, side: 'high', length: 7 });
    // Five high points after twelve near 10: mean (122 + 76) / 17 = 11.65, a run of 5.
    expect(xmrChart([...before, 10, 10, 15, 16, 14, 15, 16]).suggestedRebase).toBeNull();
  });

  it('is not made when the last point is back on the other side', () => {
    // Mean (209 + 10) / 18 = 12.17; the last point, 10, is below it.
    expect(xmrChart([...shifted, 10]).suggestedRebase).toBeNull();
  });

  it('counts only usable points: a ghosted point or a gap neither breaks nor lengthens the run', () => {
    // Index 12 ghosted (its 5 ignored), index 14 a gap: usable mean (209 − 14 − 16) / 15 = 11.93, a run of 5 usable points;
    // one more high point at the end makes 6 (mean 195 / 16 = 12.19).
    const values = shifted.map((value, i) => (i === 12 ? 5 : i === 14 ? null : value));
    expect(xmrChart(values, { ghosted: [12], shiftLength: 6 }).suggestedRebase).toBeNull();
    expect(xmrChart(values.slice(0, 14).concat([null, 15, 16, 16]), { ghosted: [12] }).suggestedRebase).toEqual({ index: 10, side: 'high', length: 6 });
  });

  it('is not made once the limits are rebased there', () => {
    // Period from index 10: mean 107 / 7 = 15.29; the last point, 16, follows 15 below the mean.
    expect(xmrChart(shifted, { rebaseAt: [10] }).suggestedRebase).toBeNull();
  });

  it('is not made on a run chart', () => {
    expect(xmrChart(shifted.slice(5)).kind).toBe('run');
    expect(xmrChart(shifted.slice(5)).suggestedRebase).toBeNull();
  });
});
