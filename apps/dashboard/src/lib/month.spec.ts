import { describe, expect, it } from 'vitest';
import { firstDayOfMonth, isYearMonth, lastDayOfMonth, monthOfDate, monthStart } from './month';

describe('isYearMonth', () => {
	it('accepts YYYY-MM', () => {
		expect(isYearMonth('2019-04')).toBe(true);
	});

	it('rejects a month outside 01–12', () => {
		expect(isYearMonth('2019-13')).toBe(false);
		expect(isYearMonth('2019-00')).toBe(false);
	});

	it('rejects other shapes', () => {
		expect(isYearMonth('2019-4')).toBe(false);
		expect(isYearMonth('2019-04-01')).toBe(false);
		expect(isYearMonth('')).toBe(false);
	});

	it('rejects years that would draw thousands of empty months', () => {
		expect(isYearMonth('0001-01')).toBe(false);
		expect(isYearMonth('9999-12')).toBe(false);
	});
});

describe('monthOfDate', () => {
	it('takes the month of a LocalDate', () => {
		expect(monthOfDate('2019-04-01')).toBe('2019-04');
	});
});

describe('firstDayOfMonth and lastDayOfMonth', () => {
	it('gives the first day', () => {
		expect(firstDayOfMonth('2020-02')).toBe('2020-02-01');
	});

	it('gives 29 February in a leap year and 28 otherwise', () => {
		expect(lastDayOfMonth('2020-02')).toBe('2020-02-29');
		expect(lastDayOfMonth('2019-02')).toBe('2019-02-28');
	});

	it('gives 31 March and 30 April', () => {
		expect(lastDayOfMonth('2020-03')).toBe('2020-03-31');
		expect(lastDayOfMonth('2020-04')).toBe('2020-04-30');
	});
});

describe('monthStart', () => {
	it('is midnight on the first of the month, local time', () => {
		const date = monthStart('2019-04');
		expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2019, 3, 1, 0]);
	});
});
