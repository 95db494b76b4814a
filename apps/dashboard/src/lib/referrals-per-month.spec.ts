import { describe, expect, it } from 'vitest';
import { fillMonthlyReferrals, toMonthlyReferralPoints, totalReferrals } from './referrals-per-month';

const open = { from: null, to: null };

describe('fillMonthlyReferrals', () => {
	it('fills months the API left out with 0', () => {
		const counts = [
			{ month: '2019-04-01', count: 5 },
			{ month: '2019-07-01', count: 2 }
		];
		expect(fillMonthlyReferrals(counts, open)).toEqual([
			{ month: '2019-04', count: 5 },
			{ month: '2019-05', count: 0 },
			{ month: '2019-06', count: 0 },
			{ month: '2019-07', count: 2 }
		]);
	});

	it('sorts months oldest first', () => {
		const counts = [
			{ month: '2020-01-01', count: 1 },
			{ month: '2019-12-01', count: 3 }
		];
		expect(fillMonthlyReferrals(counts, open).map((row) => row.month)).toEqual(['2019-12', '2020-01']);
	});

	it('runs over the whole requested period, with 0 at either end', () => {
		const counts = [{ month: '2019-05-01', count: 4 }];
		expect(fillMonthlyReferrals(counts, { from: '2019-04', to: '2019-06' })).toEqual([
			{ month: '2019-04', count: 0 },
			{ month: '2019-05', count: 4 },
			{ month: '2019-06', count: 0 }
		]);
	});

	it('uses the data for an open end of the period', () => {
		const counts = [{ month: '2019-05-01', count: 4 }];
		expect(fillMonthlyReferrals(counts, { from: '2019-03', to: null }).map((row) => row.month)).toEqual([
			'2019-03',
			'2019-04',
			'2019-05'
		]);
	});

	it('adds together two rows for the same month', () => {
		const counts = [
			{ month: '2019-04-01', count: 2 },
			{ month: '2019-04-01', count: 3 }
		];
		expect(fillMonthlyReferrals(counts, open)).toEqual([{ month: '2019-04', count: 5 }]);
	});

	it('is empty when there are no counts and no period', () => {
		expect(fillMonthlyReferrals([], open)).toEqual([]);
	});
});

describe('totalReferrals', () => {
	it('adds up the counts', () => {
		expect(totalReferrals([{ count: 5 }, { count: 0 }, { count: 2 }])).toBe(7);
	});

	it('is 0 for no rows', () => {
		expect(totalReferrals([])).toBe(0);
	});
});

describe('toMonthlyReferralPoints', () => {
	it('adds the first of the month as a local Date', () => {
		const [point] = toMonthlyReferralPoints([{ month: '2019-04', count: 5 }]);
		expect(point.count).toBe(5);
		expect([point.date.getFullYear(), point.date.getMonth(), point.date.getDate()]).toEqual([2019, 3, 1]);
	});
});
