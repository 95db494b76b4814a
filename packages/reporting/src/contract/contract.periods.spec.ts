import { describe, expect, it } from 'vitest';
import { addMonths, dayBefore, periodThresholds } from './contract.periods.js';

describe('periodThresholds', () => {
  it('gives 28 quarters for 1 April 2018 to 31 March 2025, closed by 1 April 2025', () => {
    const thresholds = periodThresholds('2018-04-01', '2025-03-31', 'quarter');
    expect(thresholds).toHaveLength(29);
    expect(thresholds.slice(0, 3)).toEqual(['2018-04-01', '2018-07-01', '2018-10-01']);
    expect(thresholds.at(-1)).toBe('2025-04-01');
  });

  it('gives contract years from the start date', () => {
    expect(periodThresholds('2018-04-01', '2020-03-31', 'year')).toEqual(['2018-04-01', '2019-04-01', '2020-04-01']);
  });

  it('keeps a period that runs past an end date that is not on a boundary', () => {
    expect(periodThresholds('2018-04-01', '2018-05-15', 'quarter')).toEqual(['2018-04-01', '2018-07-01']);
  });
});

describe('addMonths and dayBefore', () => {
  it('clamps the 31st to the end of a shorter month', () => {
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
  });

  it('steps back over a year boundary', () => {
    expect(dayBefore('2019-01-01')).toBe('2018-12-31');
  });
});
