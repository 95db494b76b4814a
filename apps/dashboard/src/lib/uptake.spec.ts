import { describe, expect, it } from 'vitest';
import type { Proportion } from './queries/analytics.fragments';
import type { Uptake, UptakeGroup } from './queries/uptake.queries';
import { formatUptake, sortUptakeGroups, uptakeCiRows, uptakeEstimate, uptakeTable } from './uptake';

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
		referralRate: { count: 100, denominator: 5000, ratePer1000: 20, lower: 16, upper: 24, suppressed: false, reason: null },
		underRepresented: true,
		startRate: share(0.7, 0.6, 0.8),
		completionRate: share(0.5, 0.4, 0.6),
		reason: null,
		...overrides
	};
}

const uptake = (groups: UptakeGroup[]): Uptake => ({ dimension: 'ETHNIC_GROUP', totalReferrals: 500, totalPopulation: 12500, groups });

describe('uptakeEstimate', () => {
	it('divides the share and its CI by the population share for the ratio: 0.2 / 0.4', () => {
		const { estimate, lower, upper } = uptakeEstimate(group('Asian'), 'ratio');
		expect([estimate, lower, upper].map((value) => Number(value!.toFixed(6)))).toEqual([0.5, 0.375, 0.625]);
	});

	it('subtracts the population share for the gap, in points: (0.2 − 0.4) × 100', () => {
		const { estimate, lower, upper } = uptakeEstimate(group('Asian'), 'gap');
		expect([estimate, lower, upper].map((value) => Number(value!.toFixed(6)))).toEqual([-20, -25, -15]);
	});

	it('is unknown for a suppressed share', () => {
		expect(uptakeEstimate(group('Other', { share: share(null, null, null) }), 'ratio').estimate).toBeNull();
	});

	it('is unknown with no population', () => {
		expect(uptakeEstimate(group('Other', { populationShare: 0 }), 'ratio').estimate).toBeNull();
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
		expect(uptakeCiRows(uptake([group('Asian')]), 'ratio')[0].description[2]).toBe(
			'20.0% of referrals (100) against 40.0% of the population'
		);
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
	const wards = [
		group('Biscot', { representationRatio: 1.4 }),
		group('Dallow', { representationRatio: null }),
		group('Farley', { representationRatio: 0.6 })
	];

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
