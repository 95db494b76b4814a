import { describe, expect, it } from 'vitest';
import type { Proportion } from '$lib/queries/analytics.fragments';
import type { Uptake, UptakeGroup } from '$lib/queries/uptake.queries';
import {
	eligibleResidents,
	formatUptake,
	proportionCell,
	rateBasis,
	rateCell,
	sortUptakeGroups,
	unstatedFigure,
	uptakeCiRows,
	uptakeDefinition,
	uptakeEstimate,
	uptakeTable
} from './uptake';

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
		standardisedRate: { estimate: 21.5, lower: 17.4, upper: 26.3, reason: null },
		underRepresented: true,
		startRate: share(0.7, 0.6, 0.8),
		startComparison: 'SIMILAR',
		completionRate: share(0.5, 0.4, 0.6),
		completionComparison: 'WORSE',
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
	standardisedRate: 'European Standard Population 2013.',
	funnel: 'Starts ÷ referrals; completions ÷ starts.',
	underRepresented: 'Upper limit below.',
	unstated: 'Not stated and not known, of all referrals.'
};

const uptake = (groups: UptakeGroup[]): Uptake => ({
	dimension: 'ETHNIC_GROUP',
	definitions,
	eligibleMinAge: 16,
	eligibleMaxAge: null,
	eligibleAgeBands: ['16-24', '25-34', '85+'],
	rateYears: 1,
	totalReferrals: 500,
	statedReferrals: 480,
	totalPopulation: 12500,
	unstated: { labels: ['Not stated', 'Not known'], referrals: 20, share: share(0.04, 0.026, 0.061) },
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

	it('gives a group without a population share the reason, not "suppressed"', () => {
		const other = group('Other', { populationShare: null, ratio: { estimate: null, lower: null, upper: null, reason: 'no census category' } });
		expect(uptakeCiRows(uptake([other]), 'ratio')[0].description[0]).toBe('Other: not shown: no census category');
	});

	it('calls a group suppressed only when its share is withheld', () => {
		const withheld = group('Mixed', { share: share(null, null, null), ratio: { estimate: null, lower: null, upper: null, reason: 'numerator 1–7' } });
		expect(uptakeCiRows(uptake([withheld]), 'ratio')[0].description[0]).toBe('Mixed: suppressed (*): numerator 1–7');
	});
});

describe('unstatedFigure', () => {
	it('is its own figure: count, share of all referrals and CI, under its own label', () => {
		expect(unstatedFigure(uptake([]))).toEqual({
			label: 'Not stated or not known',
			referrals: '20',
			share: '4.0%',
			ci: '95% CI 2.6% to 6.1%',
			reason: null
		});
	});

	it('gives the reason when the share is withheld', () => {
		const withheld = { unstated: { labels: ['Not stated'], referrals: null, share: { ...share(null, null, null), reason: 'numerator 1–7' } } };
		expect(unstatedFigure(withheld)).toMatchObject({ label: 'Not stated', referrals: '*', share: '*', reason: 'numerator 1–7' });
	});
});

describe('eligibleResidents', () => {
	it('names the ages and the first and last age bands counted', () => {
		expect(eligibleResidents(uptake([]))).toBe('residents aged 16 and over (age bands 16-24 to 85+)');
	});

	it('names an upper age', () => {
		expect(eligibleResidents({ eligibleMinAge: 16, eligibleMaxAge: 24, eligibleAgeBands: ['16-24'] })).toBe('residents aged 16 to 24 (age band 16-24)');
	});
});

describe('rateBasis', () => {
	it('says a rate over several years is an annual average', () => {
		expect(rateBasis({ rateYears: 7 })).toBe('Rates are per 1,000 residents a year, averaged over 7 years');
		expect(rateBasis({ rateYears: 2.5 })).toBe('Rates are per 1,000 residents a year, averaged over 2.5 years');
	});

	it('says nothing of an average over one year', () => {
		expect(rateBasis({ rateYears: 1 })).toBe('Rates are per 1,000 residents a year');
	});
});

describe('rateCell and proportionCell', () => {
	it('write a crude or standardised rate to 1 decimal with its CI', () => {
		expect(rateCell({ estimate: 21.54, lower: 17.4, upper: 26.3, reason: null })).toEqual({ value: '21.5', ci: '95% CI 17.4 to 26.3', reason: null });
	});

	it('give the API’s reason for a rate not given', () => {
		expect(rateCell({ estimate: null, lower: null, upper: null, reason: 'fewer than 10 referrals' })).toEqual({
			value: '*',
			ci: '',
			reason: 'fewer than 10 referrals'
		});
	});

	it('write a start rate as a percentage with its CI', () => {
		expect(proportionCell(share(0.7, 0.6, 0.8))).toEqual({ value: '70.0%', ci: '95% CI 60.0% to 80.0%', reason: null });
	});
});

describe('uptakeTable', () => {
	it('has one row per group', () => {
		expect(uptakeTable(uptake([group('A'), group('B')])).rows).toHaveLength(2);
	});

	it('gives crude and standardised rates, start and completion rates, each with its CI', () => {
		expect(uptakeTable(uptake([group('A')])).rows[0].slice(9, 21)).toEqual([20, 16, 24, 21.5, 17.4, 26.3, 0.7, 0.6, 0.8, 0.5, 0.4, 0.6]);
	});

	it('puts the reason in place of a standardised rate not given, so it is not read as suppressed', () => {
		const few = group('A', { standardisedRate: { estimate: null, lower: null, upper: null, reason: 'fewer than 10 referrals' } });
		expect(uptakeTable(uptake([few])).rows[0].slice(12, 15)).toEqual(['fewer than 10 referrals', '', '']);
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
