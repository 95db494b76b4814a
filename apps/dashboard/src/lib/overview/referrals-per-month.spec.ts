import { describe, expect, it } from 'vitest';
import { totalReferrals } from './referrals-per-month';

describe('totalReferrals', () => {
	it('adds up the counts', () => {
		expect(totalReferrals([{ count: 5 }, { count: 0 }, { count: 2 }])).toBe(7);
	});

	it('adds nothing for a withheld (null) count', () => {
		expect(totalReferrals([{ count: 10 }, { count: null }, { count: 5 }])).toBe(15);
	});

	it('is 0 for no rows', () => {
		expect(totalReferrals([])).toBe(0);
	});
});
