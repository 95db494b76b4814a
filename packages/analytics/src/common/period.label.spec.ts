import { describe, expect, it } from 'vitest';
import { dayLabel, monthLabel, monthLabelLong, quarterLabel, weekLabel } from './period.label.js';

describe('period labels', () => {
  it('writes months, weeks and financial quarters as the dashboard shows them', () => {
    expect(monthLabel('2019-04-01')).toBe('Apr 2019');
    expect(weekLabel('2019-04-08')).toBe('w/c 8 Apr 2019');
    expect(dayLabel('2023-06-05')).toBe('5 Jun 2023');
    expect([quarterLabel('2019-04-01'), quarterLabel('2020-01-01'), quarterLabel('2023-10-01')]).toEqual(['Q1 2019/20', 'Q4 2019/20', 'Q3 2023/24']);
  });

  it('writes September as "Sep" and in full, from a date or a month', () => {
    expect([monthLabel('2019-09'), monthLabelLong('2019-09-30'), monthLabelLong('2020-01')]).toEqual(['Sep 2019', 'September 2019', 'January 2020']);
  });

  it('rejects a string that is not an ISO date or month', () => {
    expect(() => monthLabel('2019-13-01')).toThrow(RangeError);
  });
});
