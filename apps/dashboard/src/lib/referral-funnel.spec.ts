import { describe, expect, it } from 'vitest';
import type { AggregateResult } from './queries/aggregate.queries';
import { funnelTable, referralFunnel, referralsByStatus } from './referral-funnel';

function result(counts: Record<string, number | null>): AggregateResult {
	return {
		rows: Object.entries(counts).map(([key, value]) => ({
			dimensions: [{ dimension: 'STATUS', key, label: key }],
			values: [{ measure: 'REFERRALS', value, suppressed: value === null, reason: null }]
		})),
		totals: []
	};
}

// 100 referrals: 10 waiting, 5 declined, 15 did not start, 20 dropped out, 50 completed.
const hundred = result({ RECEIVED: 10, DECLINED: 5, DID_NOT_START: 15, DROPPED_OUT: 20, COMPLETED: 50 });

describe('referralsByStatus', () => {
	it('reads the referral count of each status', () => {
		expect(referralsByStatus(hundred).get('DROPPED_OUT')).toBe(20);
	});

	it('reads the stored status codes the API sends as keys', () => {
		expect(referralsByStatus(result({ did_not_start: 15 })).get('DID_NOT_START')).toBe(15);
	});

	it('keeps a suppressed status as null', () => {
		expect(referralsByStatus(result({ DECLINED: null })).get('DECLINED')).toBeNull();
	});
});

describe('referralFunnel', () => {
	it('counts every referral as received', () => {
		expect(referralFunnel(hundred).stages[0].count).toBe(100);
	});

	it('counts as assessed everyone past assessment: 15 + 20 + 50', () => {
		expect(referralFunnel(hundred).stages[1].count).toBe(85);
	});

	it('counts as started everyone who started: 20 + 50', () => {
		expect(referralFunnel(hundred).stages[2].count).toBe(70);
	});

	it('gives the share of the previous stage: 50 of 70 completed', () => {
		expect(referralFunnel(hundred).stages[3].ofPrevious).toBeCloseTo(50 / 70, 10);
	});

	it('gives the referrals lost between stages: 85 assessed − 70 started', () => {
		expect(referralFunnel(hundred).stages[2].lostFromPrevious).toBe(15);
	});

	it('has no share or loss before the first stage', () => {
		const [first] = referralFunnel(hundred).stages;
		expect([first.ofPrevious, first.lostFromPrevious]).toEqual([null, null]);
	});

	it('makes a stage unknown when a status in it is suppressed', () => {
		expect(referralFunnel(result({ COMPLETED: 50, DROPPED_OUT: null })).stages[2].count).toBeNull();
	});

	it('keeps a stage known when only a status outside it is suppressed', () => {
		expect(referralFunnel(result({ COMPLETED: 50, DECLINED: null })).stages[3].count).toBe(50);
	});

	it('lists the ways referrals ended, with those still in progress', () => {
		expect(referralFunnel(hundred).endings.map((ending) => ending.count)).toEqual([5, 15, 20, 10]);
	});
});

describe('funnelTable', () => {
	it('has one row per stage', () => {
		expect(funnelTable(referralFunnel(hundred)).rows).toHaveLength(4);
	});

	it('leaves the first stage’s comparison cells empty', () => {
		expect(funnelTable(referralFunnel(hundred)).rows[0]).toEqual(['Received', 100, '', '']);
	});
});
