import { describe, expect, it } from 'vitest';
import { financialQuarter, financialYear, financialYearRange, financialYearStart, financialYearsBetween, isFinancialYear } from './financial-year.calendar.js';

describe('financialYear', () => {
  it('starts 2019/20 on 1 April 2019', () => {
    expect(financialYear('2019-04-01')).toBe('2019/20');
  });

  it('puts 31 March 2020 in 2019/20', () => {
    expect(financialYear('2020-03-31')).toBe('2019/20');
  });

  it('puts 31 March 2019 in 2018/19', () => {
    expect(financialYear('2019-03-31')).toBe('2018/19');
  });

  it('pads the century turn: 1999/00', () => {
    expect(financialYear('1999-12-01')).toBe('1999/00');
  });

  it('reads a Date in UTC', () => {
    expect(financialYear(new Date(Date.UTC(2023, 3, 1)))).toBe('2023/24');
  });

  it('rejects a string that is not an ISO date', () => {
    expect(() => financialYear('01/04/2019')).toThrow(RangeError);
  });
});

describe('financialQuarter', () => {
  it.each([
    ['2019-04-01', 1],
    ['2019-06-30', 1],
    ['2019-07-01', 2],
    ['2019-10-15', 3],
    ['2020-01-01', 4],
    ['2020-03-31', 4],
  ] as const)('puts %s in Q%i', (date, quarter) => {
    expect(financialQuarter(date)).toBe(quarter);
  });
});

describe('financialYearRange', () => {
  it('runs 2019/20 from 2019-04-01 to 2020-03-31', () => {
    expect(financialYearRange('2019/20')).toEqual({ start: '2019-04-01', end: '2020-03-31' });
  });

  it('rejects a label whose years do not follow on', () => {
    expect(() => financialYearRange('2019/21')).toThrow(RangeError);
  });
});

describe('financialYearStart', () => {
  it('gives 2019 for 31 March 2020 and 2020 for 1 April 2020', () => {
    expect([financialYearStart('2020-03-31'), financialYearStart('2020-04-01')]).toEqual([2019, 2020]);
  });
});

describe('isFinancialYear', () => {
  it('accepts 2019/20 and 1999/00', () => {
    expect([isFinancialYear('2019/20'), isFinancialYear('1999/00')]).toEqual([true, true]);
  });

  it('rejects 2019/21, 2019-20 and 19/20', () => {
    expect(['2019/21', '2019-20', '19/20'].map(isFinancialYear)).toEqual([false, false, false]);
  });
});

describe('financialYearsBetween', () => {
  it('lists 2018/19 to 2020/21 from March 2019 to April 2020', () => {
    expect(financialYearsBetween('2019-03-01', '2020-04-01')).toEqual(['2018/19', '2019/20', '2020/21']);
  });

  it('gives one year when both days fall in it', () => {
    expect(financialYearsBetween('2019-04-01', '2020-03-31')).toEqual(['2019/20']);
  });

  it('is empty when the first day is in a later year than the last', () => {
    expect(financialYearsBetween('2021-04-01', '2020-04-01')).toEqual([]);
  });
});
