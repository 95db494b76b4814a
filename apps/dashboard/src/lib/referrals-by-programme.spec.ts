import { describe, expect, it } from 'vitest';
import type { ProgrammeReferralCount } from './queries/referrals.queries';
import { programmeReferralsTable, rankProgrammeReferrals } from './referrals-by-programme';
import { hasSuppressedCell } from './table-model';

function row(id: string, name: string, count: number | null, serviceName = 'Active lifestyles'): ProgrammeReferralCount {
	return { programme: { id, code: id.toUpperCase(), name, service: { id: 's1', name: serviceName } }, count, suppressed: count === null };
}

describe('rankProgrammeReferrals', () => {
	it('puts the most referred programme first', () => {
		const ranked = rankProgrammeReferrals([row('a', 'Tai Chi', 10), row('b', 'Swimming', 25), row('c', 'Pilates', 15)]);
		expect(ranked.map((r) => r.label)).toEqual(['Swimming', 'Pilates', 'Tai Chi']);
	});

	it('orders ties by name', () => {
		const ranked = rankProgrammeReferrals([row('a', 'Tai Chi', 20), row('b', 'Dance', 20)]);
		expect(ranked.map((r) => r.label)).toEqual(['Dance', 'Tai Chi']);
	});

	it('puts withheld counts (null) after every shown count, keeping them null', () => {
		const ranked = rankProgrammeReferrals([row('a', 'Tai Chi', null), row('b', 'Dance', 0), row('c', 'Yoga', 10)]);
		expect(ranked.map((r) => [r.label, r.count])).toEqual([
			['Yoga', 10],
			['Dance', 0],
			['Tai Chi', null]
		]);
	});

	it('keeps programmes with no referrals', () => {
		const ranked = rankProgrammeReferrals([row('a', 'Gardening', 0), row('b', 'Dance', 10)]);
		expect(ranked.map((r) => [r.label, r.count])).toEqual([
			['Dance', 10],
			['Gardening', 0]
		]);
	});

	it('adds the service to a name two programmes share', () => {
		const ranked = rankProgrammeReferrals([
			row('a', 'Weight management', 15, 'Adult weight'),
			row('b', 'Weight management', 10, 'Family weight'),
			row('c', 'Swimming', 10)
		]);
		expect(ranked.map((r) => r.label)).toEqual([
			'Weight management (Adult weight)',
			'Swimming',
			'Weight management (Family weight)'
		]);
	});

	it('carries the programme id and service name', () => {
		const [ranked] = rankProgrammeReferrals([row('p7', 'Swimming', 5, 'Leisure')]);
		expect(ranked).toEqual({ programmeId: 'p7', label: 'Swimming', serviceName: 'Leisure', count: 5 });
	});
});

describe('programmeReferralsTable', () => {
	it('has one row per programme with its service and count', () => {
		expect(
			programmeReferralsTable([{ programmeId: '1', label: 'Tai Chi', serviceName: 'Active Lives', count: 120 }]).rows
		).toEqual([['Tai Chi', 'Active Lives', 120]]);
	});

	it('keeps a withheld count as null, which the table shows as * with the suppression note', () => {
		const model = programmeReferralsTable([{ programmeId: '1', label: 'Tai Chi', serviceName: 'Active Lives', count: null }]);
		expect(model.rows).toEqual([['Tai Chi', 'Active Lives', null]]);
		expect(hasSuppressedCell(model)).toBe(true);
	});
});
