import { describe, expect, it } from 'vitest';
import { dayOf, financialYear } from './calendar.util.js';

describe('financialYear', () => {
  it('names the year by its first year: 31 March 2019 is in 2018, 1 April 2019 in 2019', () => {
    expect([financialYear(dayOf('2019-03-31')), financialYear(dayOf('2019-04-01'))]).toEqual([2018, 2019]);
  });
});
