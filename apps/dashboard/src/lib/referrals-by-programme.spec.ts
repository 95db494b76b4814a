import { describe, expect, it } from 'vitest';
import type { ProgrammeReferralCount } from './hub-api.types';
import { programmeReferralsTable, rankProgrammeReferrals } from './referrals-by-programme';

function row(id: string, name: string, count: number, serviceName = 'Active lifestyles'): ProgrammeReferralCount {
	return { programme: { id, code: id.toUpperCase(), name, service: { id: 's1', name: serviceName } }, count };
}

describe('rankProgrammeReferrals', () => {
	it('puts the most referred programme first', () => {
		const ranked = rankProgrammeReferrals([row('a', 'Tai Chi', 3), row('b', 'Swimming', 9), row('c', 'Pilates', 5)]);
		expect(ranked.map((r) => r.label)).toEqual(['Swimming', 'Pilates', 'Tai Chi']);
	});

	it('orders ties by name', () => {
		const ranked = rankProgrammeReferrals([row('a', 'Tai Chi', 4), row('b', 'Dance', 4)]);
		expect(ranked.map((r) => r.label)).toEqual(['Dance', 'Tai Chi']);
	});

	it('keeps programmes with no referrals', () => {
		const ranked = rankProgrammeReferrals([row('a', 'Gardening', 0), row('b', 'Dance', 2)]);
		expect(ranked.map((r) => [r.label, r.count])).toEqual([
			['Dance', 2],
			['Gardening', 0]
		]);
	});

	it('adds the service to a name two programmes share', () => {
		const ranked = rankProgrammeReferrals([
			row('a', 'Weight management', 2, 'Adult weight'),
			row('b', 'Weight management', 1, 'Family weight'),
			row('c', 'Swimming', 1)
		]);
		expect(ranked.map((r) => r.label)).toEqual([
			'Weight management (Adult weight)',
			'Swimming',
			'Weight management (Family weight)'
		]);
	});

	it('carries the programme id and service name', () => {
		const [ranked] = rankProgrammeReferrals([row('p7', 'Swimming', 1, 'Leisure')]);
		expect(ranked).toEqual({ programmeId: 'p7', label: 'Swimming', serviceName: 'Leisure', count: 1 });
	});
});

describe('programmeReferralsTable', () => {
	it('has one row per programme with its service and count', () => {
		expect(
			programmeReferralsTable([{ programmeId: '1', label: 'Tai Chi', serviceName: 'Active Lives', count: 120 }]).rows
		).toEqual([['Tai Chi', 'Active Lives', 120]]);
	});
});
