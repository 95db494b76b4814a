import { describe, expect, it } from 'vitest';
import { fillMonths } from './month.range.js';

const zero = (month: string) => ({ month, count: 0 });

describe('fillMonths', () => {
  it('keeps the rows it has and fills the months between with the empty row', () => {
    const rows = [
      { month: '2019-11-01', count: 10 },
      { month: '2020-02-01', count: 15 },
    ];
    expect(fillMonths(rows, '2019-11-01', '2020-02-01', zero)).toEqual([
      { month: '2019-11-01', count: 10 },
      { month: '2019-12-01', count: 0 },
      { month: '2020-01-01', count: 0 },
      { month: '2020-02-01', count: 15 },
    ]);
  });

  it('runs from the month of the first day to the month of the last day', () => {
    expect(fillMonths([], '2030-01-15', '2030-03-31', zero)).toEqual([zero('2030-01-01'), zero('2030-02-01'), zero('2030-03-01')]);
  });

  it('gives no months when an end is missing or the range is empty', () => {
    expect(fillMonths([{ month: '2019-01-01', count: 5 }], null, '2019-01-01', zero)).toEqual([]);
    expect(fillMonths([], '2019-02-01', '2019-01-31', zero)).toEqual([]);
  });
});

describe('fillMonths at the edges of the calendar', () => {
  it('ends at December 9999 rather than running on into year 10000', () => {
    const months = fillMonths([], '9999-11-15', '9999-12-31', zero);
    expect(months).toEqual([zero('9999-11-01'), zero('9999-12-01')]);
  });

  it('crosses a year end by number, not by text', () => {
    expect(fillMonths([], '0999-12-01', '1000-01-31', zero)).toEqual([zero('0999-12-01'), zero('1000-01-01')]);
  });

  it('refuses a series longer than 1900 to 2100', () => {
    expect(() => fillMonths([], '1000-01-01', '9999-12-31', zero)).toThrow(/at most 2412 months/);
  });
});
