import { describe, expect, it } from 'vitest';
import { yearsInPeriod } from './rate.years.js';

describe('yearsInPeriod', () => {
  it('counts a financial year as exactly 1, leap day or not', () => {
    expect([yearsInPeriod('2023-04-01', '2024-03-31'), yearsInPeriod('2024-04-01', '2025-03-31')]).toEqual([1, 1]);
  });

  it('counts seven financial years as 7', () => {
    expect(yearsInPeriod('2018-04-01', '2025-03-31')).toBeCloseTo(7, 12);
  });

  // 1–15 April is 15/30 of a month: 0.5/12 = 0.041667 years; 15 February–14 March 2024 is 15/29 + 14/31 months.
  it('counts part months by their days', () => {
    expect(yearsInPeriod('2024-04-01', '2024-04-15')).toBeCloseTo(0.5 / 12, 12);
    expect(yearsInPeriod('2024-02-15', '2024-03-14')).toBeCloseTo((15 / 29 + 14 / 31) / 12, 12);
  });
});
