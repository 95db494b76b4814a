import { describe, expect, it } from 'vitest';
import { describeRecency } from './data-recency';

describe('describeRecency', () => {
	it('gives the last referral day and the refresh time in UK time', () => {
		// 14:02 UTC on 30 November is 14:02 in London (GMT); in June London is an hour ahead.
		expect(describeRecency({ lastReferralOn: '2026-10-31', rollupsRefreshedAt: '2026-11-30T14:02:41.512Z' })).toBe(
			'Data to 31 Oct 2026 · figures refreshed 30 Nov 2026 14:02'
		);
		expect(describeRecency({ lastReferralOn: '2026-06-01', rollupsRefreshedAt: '2026-06-15T23:30:00Z' })).toBe(
			'Data to 1 Jun 2026 · figures refreshed 16 Jun 2026 00:30'
		);
	});

	it('says so when there are no referrals or the figures have not been rebuilt', () => {
		expect(describeRecency({ lastReferralOn: null, rollupsRefreshedAt: null })).toBe('No referrals yet · figures not yet refreshed');
	});
});
