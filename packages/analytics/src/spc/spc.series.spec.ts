import { describe, expect, it } from 'vitest';
import { allUsableIndexes, layoutSeries } from './spc.series.js';

describe('layoutSeries', () => {
  it('starts a new period at each rebase index', () => {
    const layout = layoutSeries([1, 2, 3, 4, 5], { rebaseAt: [2, 4] });
    expect(layout.segments).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('ignores a rebase at index 0, where the first period starts anyway', () => {
    expect(layoutSeries([1, 2], { rebaseAt: [0] }).segments).toEqual([[0, 1]]);
  });

  it('leaves nulls and ghosted points out of the usable indexes but keeps their period', () => {
    const layout = layoutSeries([1, null, 3, 4], { ghosted: [2] });
    expect([layout.segments, layout.segmentOf]).toEqual([[[0, 3]], [0, 0, 0, 0]]);
  });

  it('lists usable points across periods in order', () => {
    expect(allUsableIndexes(layoutSeries([1, null, 3, 4], { rebaseAt: [2] }))).toEqual([0, 2, 3]);
  });

  it('throws RangeError for NaN in the series', () => {
    expect(() => layoutSeries([1, Number.NaN], {})).toThrow(RangeError);
  });

  it('throws RangeError for a ghosted index outside the series', () => {
    expect(() => layoutSeries([1, 2], { ghosted: [2] })).toThrow(RangeError);
  });
});
