import { describe, expect, it } from 'vitest';
import type { Proportion } from './queries/analytics.fragments';
import type { Uptake, UptakeGroup } from './queries/uptake.queries';
import { formatUptake, sortUptakeGroups, uptakeCiRows, uptakeDefinition, uptakeEstimate, uptakeTable } from './uptake';

const share = (estimate: number | null, lower: number | null, upper: number | null): Proportion => ({
	numerator: null,
	denominator: null,
	estimate,
	lower,
	upper,
	suppressed: estimate === null,
	reason: null
});

function group(label: string, overrides: Partial<UptakeGroup> = {}): UptakeGroup {
	return {
		key: label,
		label,
		referrals: 100,
		share: share(0.2, 0.15, 0.25),
		population: 5000,
		populationShare: 0.4,
		gapPoints: -20,
		representationRatio: 0.5,
		gap: { estimate: -20, lower: -25, upper: -15, reason: null },
		ratio: { estimate: 0.5, lower: 0.375, upper: 0.625, reason: null },
		referralRate: { count: 100, denominator: 5000, ratePer1000: 20, lower: 16, upper: 24, suppressed: false, reason: null },
		underRepresented: true,
		startRate: share(0.7, 0.6, 0.8),
		completionRate: share(0.5, 0.4, 0.6),
		reason: null,
		...overrides
	};
}

const definitions = {
	dimension: 'Broad ethnic group.',
	share: 'Share of referrals.',
	populationShare: 'Share of residents.',
	gap: 'Share − population share.',
	rate: 'Per 1,000.',
	underRepresented: 'Upper limit below.'
};

const uptake = (groups: UptakeGroup[]): Uptake => ({
	dimension: 'ETHNIC_GROUP',
	definitions,
	totalReferrals: 500,
	totalPopulation: 12500,
	groups
});

describe('uptakeEstimate', () => {
	it('takes the ratio and its CI from the API: 0.5 in [0.375, 0.625]', () => {
		expect(uptakeEstimate(group('Asian'), 'ratio')).toEqual({ estimate: 0.5, lower: 0.375, upper: 0.625 });
	});

	it('takes the gap in points and its CI from the API: −20 in [−25, −15]', () => {
		expect(uptakeEstimate(group('Asian'), 'gap')).toEqual({ estimate: -20, lower: -25, upper: -15 });
	});

	it('is unknown where the API withholds the measure', () => {
		const withheld = { estimate: null, lower: null, upper: null, reason: 'numerator 1–7' };
		expect(uptakeEstimate(group('Other', { ratio: withheld }), 'ratio').estimate).toBeNull();
	});
});

describe('uptakeDefinition', () => {
	it('joins the API’s definitions of the figures shown, in order', () => {
		expect(uptakeDefinition(uptake([]), ['share', 'gap'])).toBe('Share of referrals. Share − population share.');
	});
});

describe('formatUptake', () => {
	it('writes a ratio with two decimals', () => {
		expect(formatUptake('ratio', 0.5)).toBe('0.50');
	});

	it('writes a negative gap with a minus sign and its unit', () => {
		expect(formatUptake('gap', -20)).toBe('−20.0 pts');
	});

	it('writes a positive gap with a plus sign', () => {
		expect(formatUptake('gap', 3.25)).toBe('+3.3 pts');
	});
});

describe('uptakeCiRows', () => {
	it('flags an under-represented group', () => {
		expect(uptakeCiRows(uptake([group('Asian')]), 'ratio')[0].flagLabel).toBe('Under-represented');
	});

	it('does not flag a group whose flag is unknown', () => {
		expect(uptakeCiRows(uptake([group('Other', { underRepresented: null })]), 'ratio')[0].flagged).toBe(false);
	});

	it('describes the share against the population share', () => {
		expect(uptakeCiRows(uptake([group('Asian')]), 'ratio')[0].description[2]).toBe('20.0% of referrals (100) against 40.0% of the population');
	});
});

describe('uptakeTable', () => {
	it('has one row per group', () => {
		expect(uptakeTable(uptake([group('A'), group('B')])).rows).toHaveLength(2);
	});

	it('writes the flag as Yes or No', () => {
		expect(uptakeTable(uptake([group('A'), group('B', { underRepresented: false })])).rows.map((row) => row.at(-1))).toEqual(['Yes', 'No']);
	});
});

describe('sortUptakeGroups', () => {
	const wards = [group('Biscot', { representationRatio: 1.4 }), group('Dallow', { representationRatio: null }), group('Farley', { representationRatio: 0.6 })];

	it('sorts by a number, smallest first', () => {
		expect(sortUptakeGroups(wards, 'ratio', 'asc').map((ward) => ward.label)).toEqual(['Farley', 'Biscot', 'Dallow']);
	});

	it('keeps suppressed values last when sorting largest first', () => {
		expect(sortUptakeGroups(wards, 'ratio', 'desc').map((ward) => ward.label)).toEqual(['Biscot', 'Farley', 'Dallow']);
	});

	it('sorts by name in reverse', () => {
		expect(sortUptakeGroups(wards, 'name', 'desc').map((ward) => ward.label)).toEqual(['Farley', 'Dallow', 'Biscot']);
	});

	it('does not change the list it was given', () => {
		sortUptakeGroups(wards, 'name', 'desc');
		expect(wards[0].label).toBe('Biscot');
	});
});
