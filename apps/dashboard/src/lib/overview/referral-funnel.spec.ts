import { describe, expect, it } from 'vitest';
import type { ReferralFunnel } from '$lib/queries/referral-funnel.queries';
import { funnelTable } from './referral-funnel';

const share = (numerator: number, denominator: number) => ({
	numerator,
	denominator,
	estimate: numerator / denominator,
	lower: null,
	upper: null,
	suppressed: false,
	reason: null
});

// As the API sends it: 100 received, 85 assessed, 70 started, 50 completed.
const funnel: ReferralFunnel = {
	definition: 'Each referral counts at every stage it has reached.',
	totalsNote: null,
	stages: [
		{ stage: 'RECEIVED', label: 'Received', referrals: 100, reason: null, ofPrevious: null, lostFromPrevious: null },
		{ stage: 'ASSESSED', label: 'Assessed', referrals: 85, reason: null, ofPrevious: share(85, 100), lostFromPrevious: 15 },
		{ stage: 'STARTED', label: 'Started', referrals: 70, reason: null, ofPrevious: share(70, 85), lostFromPrevious: 15 },
		{ stage: 'COMPLETED', label: 'Completed', referrals: null, reason: 'suppressed: fewer than 8', ofPrevious: null, lostFromPrevious: null }
	],
	endings: []
};

describe('funnelTable', () => {
	it('leaves the first stage’s comparison cells empty', () => {
		expect(funnelTable(funnel).rows[0]).toEqual(['Received', 100, '', '']);
	});

	it('shows the API’s share of the previous stage and loss: 85 of 100, 15 lost', () => {
		expect(funnelTable(funnel).rows[1]).toEqual(['Assessed', 85, 0.85, 15]);
	});

	it('keeps a withheld stage and its share as null cells', () => {
		expect(funnelTable(funnel).rows[3]).toEqual(['Completed', null, null, null]);
	});
});
