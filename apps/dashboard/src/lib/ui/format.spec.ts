import { describe, expect, it } from 'vitest';
import {
	formatCi,
	formatCount,
	formatDecimal,
	formatMonthLong,
	formatMonthShort,
	formatPercent,
	formatSignedPercent,
	formatSuppressed,
	truncateLabel
} from './format';

describe('formatMonthShort', () => {
	it('writes a month as in "Apr 2019"', () => {
		expect(formatMonthShort('2019-04')).toBe('Apr 2019');
	});
});

describe('formatMonthLong', () => {
	it('writes a month as in "April 2019"', () => {
		expect(formatMonthLong('2019-04')).toBe('April 2019');
	});

	it('keeps January in its own year whatever the time zone', () => {
		expect(formatMonthLong('2020-01')).toBe('January 2020');
	});
});

describe('formatCount', () => {
	it('groups thousands with commas', () => {
		expect(formatCount(12345)).toBe('12,345');
	});

	it('writes zero as 0', () => {
		expect(formatCount(0)).toBe('0');
	});
});

describe('truncateLabel', () => {
	it('leaves a label that fits', () => {
		expect(truncateLabel('Tai Chi', 10)).toBe('Tai Chi');
	});

	it('cuts a long label to the limit, ending in an ellipsis', () => {
		expect(truncateLabel('Falls prevention strength and balance', 17)).toBe('Falls prevention…');
	});

	it('does not leave a space before the ellipsis', () => {
		expect(truncateLabel('Stop smoking service', 6)).toBe('Stop…');
	});
});

describe('formatPercent', () => {
	it('writes a proportion as a whole percentage', () => {
		expect(formatPercent(0.912)).toBe('91%');
	});

	it('keeps the requested decimals', () => {
		expect(formatPercent(0.1234, 1)).toBe('12.3%');
	});

	it('writes a suppressed (null) value as *', () => {
		expect(formatPercent(null)).toBe('*');
	});
});

describe('formatSignedPercent', () => {
	it('puts a plus sign on an increase', () => {
		expect(formatSignedPercent(0.91)).toBe('+91%');
	});

	it('puts a minus sign on a reduction', () => {
		expect(formatSignedPercent(-0.75)).toBe('−75%');
	});

	it('writes no sign on a change that rounds to zero', () => {
		expect(formatSignedPercent(0.001)).toBe('0%');
	});
});

describe('formatSuppressed', () => {
	it('writes a count with thousands separators', () => {
		expect(formatSuppressed(1235)).toBe('1,235');
	});

	it('writes zero as 0, because zero is not suppressed', () => {
		expect(formatSuppressed(0)).toBe('0');
	});

	it('writes a suppressed (null) count as *', () => {
		expect(formatSuppressed(null)).toBe('*');
	});
});

describe('formatDecimal', () => {
	it('rounds to one decimal by default', () => {
		expect(formatDecimal(3.14159)).toBe('3.1');
	});

	it('writes a suppressed mean as *', () => {
		expect(formatDecimal(undefined)).toBe('*');
	});
});

describe('formatCi', () => {
	it('writes both limits as percentages', () => {
		expect(formatCi(0.85, 0.962)).toBe('95% CI 85% to 96%');
	});

	it('uses the given format for each limit', () => {
		expect(formatCi(1.5, 2.25, (value) => value.toFixed(1))).toBe('95% CI 1.5 to 2.3');
	});

	it('is empty when a limit is missing', () => {
		expect(formatCi(null, 0.5)).toBe('');
	});
});
