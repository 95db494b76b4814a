import { describe, expect, it } from 'vitest';
import type { ProgrammeReferralCount } from './queries/referrals.queries';
import { programmeReferrals, programmeReferralsTable } from './referrals-by-programme';
import { hasSuppressedCell } from './table-model';

function row(id: string, name: string, count: number | null, serviceName = 'Active lifestyles'): ProgrammeReferralCount {
	return { programme: { id, code: id.toUpperCase(), name, service: { id: 's1', name: serviceName } }, count, suppressed: count === null };
}

describe('programmeReferrals', () => {
	// The API ranks the programmes (referralsByProgramme); the chart keeps its order.
	it('keeps the order the API sends, withheld counts (null) included', () => {
		const shown = programmeReferrals([row('b', 'Swimming', 25), row('c', 'Pilates', 15), row('a', 'Tai Chi', null)]);
		expect(shown.map((r) => [r.label, r.count])).toEqual([
			['Swimming', 25],
			['Pilates', 15],
			['Tai Chi', null]
		]);
	});

	it('adds the service to a name two programmes share', () => {
		const shown = programmeReferrals([
			row('a', 'Weight management', 15, 'Adult weight'),
			row('c', 'Swimming', 10),
			row('b', 'Weight management', 10, 'Family weight')
		]);
		expect(shown.map((r) => r.label)).toEqual(['Weight management (Adult weight)', 'Swimming', 'Weight management (Family weight)']);
	});

	it('carries the programme id and service name', () => {
		const [shown] = programmeReferrals([row('p7', 'Swimming', 5, 'Leisure')]);
		expect(shown).toEqual({ programmeId: 'p7', label: 'Swimming', serviceName: 'Leisure', count: 5 });
	});
});

describe('programmeReferralsTable', () => {
	it('has one row per programme with its service and count', () => {
		expect(programmeReferralsTable([{ programmeId: '1', label: 'Tai Chi', serviceName: 'Active Lives', count: 120 }]).rows).toEqual([
			['Tai Chi', 'Active Lives', 120]
		]);
	});

	it('keeps a withheld count as null, which the table shows as * with the suppression note', () => {
		const model = programmeReferralsTable([{ programmeId: '1', label: 'Tai Chi', serviceName: 'Active Lives', count: null }]);
		expect(model.rows).toEqual([['Tai Chi', 'Active Lives', null]]);
		expect(hasSuppressedCell(model)).toBe(true);
	});
});
