import { describe, expect, it } from 'vitest';
import { financialYearStart, monthLabel, quarterLabel, weekLabel } from './period.label.js';

describe('period labels', () => {
  it('writes months, weeks and financial quarters as the dashboard shows them', () => {
    expect(monthLabel('2019-04-01')).toBe('Apr 2019');
    expect(weekLabel('2019-04-08')).toBe('w/c 8 Apr 2019');
    expect([quarterLabel('2019-04-01'), quarterLabel('2020-01-01'), quarterLabel('2023-10-01')]).toEqual(['Q1 2019/20', 'Q4 2019/20', 'Q3 2023/24']);
  });

  it('finds the first day of a financial year', () => {
    expect(financialYearStart('2019/20')).toBe('2019-04-01');
  });
});
