import { describe, expect, it } from 'vitest';
import { formatCount, formatMonthLong, formatMonthShort, truncateLabel } from './format';

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
