import { describe, expect, it } from 'vitest';
import { place } from './qi-spc.report.js';

const starts = ['2020-01-01', '2020-02-01', '2020-03-01'];

describe('place', () => {
  it('puts a date on the point whose period it falls in', () => {
    expect(place(starts, '2020-02-17')).toEqual({ pointIndex: 1, periodStart: '2020-02-01' });
  });

  it('puts a date on a period start onto that point', () => {
    expect(place(starts, '2020-03-01')).toEqual({ pointIndex: 2, periodStart: '2020-03-01' });
  });

  it('puts a date after the last start on the last point', () => {
    expect(place(starts, '2021-01-01').pointIndex).toBe(2);
  });

  it('gives no point for a date before the first', () => {
    expect(place(starts, '2019-12-31')).toEqual({ pointIndex: null, periodStart: null });
  });

  it('gives no point when there are no values', () => {
    expect(place([], '2020-01-01').pointIndex).toBeNull();
  });
});
