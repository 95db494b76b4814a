import { describe, expect, it } from 'vitest';
import type { OutcomeHeadline } from '$lib/queries/outcomes.queries';
import { headlinesTable, headlineTile } from './headlines';

const wellbeing: OutcomeHeadline = {
	key: 'wellbeingImproved',
	title: 'Wellbeing improved',
	definition: 'SWEMWBS up at the end of the programme.',
	kind: 'PERCENT_IMPROVED',
	estimate: 0.93,
	lower: 0.897,
	upper: 0.952,
	numerator: 279,
	denominator: 300,
	pairs: 300,
	starters: 520,
	completers: 415,
	lost: 220,
	reason: null
};

const visits: OutcomeHeadline = { ...wellbeing, key: 'gpAeReduction', kind: 'RELATIVE_CHANGE', estimate: -0.75, lower: -0.81, upper: -0.68 };
const fiveADay: OutcomeHeadline = { ...wellbeing, key: 'fiveADay', kind: 'PERCENT_ACHIEVING', estimate: 0.926, lower: 0.9, upper: 0.95 };

describe('headlineTile', () => {
	it('writes a share improved as a percentage without a sign', () => {
		expect(headlineTile(wellbeing, 'END_OF_PROGRAMME').value).toBe('93%');
	});

	it('writes a relative change with its sign', () => {
		expect(headlineTile(visits, 'END_OF_PROGRAMME').value).toBe('−75%');
		expect(headlineTile({ ...visits, estimate: 0.91 }, 'END_OF_PROGRAMME').value).toBe('+91%');
	});

	it('writes the CI in the estimate’s own form', () => {
		expect(headlineTile(visits, 'END_OF_PROGRAMME').ci).toBe('95% CI −81% to −68%');
		expect(headlineTile(fiveADay, 'END_OF_PROGRAMME').ci).toBe('95% CI 90% to 95%');
	});

	it('names the kind of headline without claiming a timepoint', () => {
		expect(headlineTile(wellbeing, 'FOLLOW_UP').kindLabel).toBe('% of participants improved');
		expect(headlineTile(fiveADay, 'END_OF_PROGRAMME').kindLabel).toBe('% achieving the threshold');
	});

	it('counts those with a baseline, not those who started, and those lost before the timepoint', () => {
		expect(headlineTile(wellbeing, 'FOLLOW_UP').counts).toBe('300 pairs · 520 with a baseline · 415 completed · 220 lost before follow-up');
	});

	it('gives the API’s reason when there is no estimate', () => {
		expect(headlineTile({ ...wellbeing, estimate: null, reason: 'Fewer than 8 pairs' }, 'END_OF_PROGRAMME').reason).toBe('Fewer than 8 pairs');
	});

	it('has no reason when there is an estimate', () => {
		expect(headlineTile(wellbeing, 'END_OF_PROGRAMME').reason).toBeNull();
	});
});

describe('headlinesTable', () => {
	const table = headlinesTable({ timepoint: 'END_OF_PROGRAMME', headlines: [wellbeing, visits] });

	it('has one row per headline', () => {
		expect(table.rows).toHaveLength(2);
	});

	it('puts a share in the share columns, with the change columns blank', () => {
		expect(table.rows[0].slice(2, 8)).toEqual([0.93, 0.897, 0.952, '', '', '']);
	});

	it('puts a relative change in the signed change columns, with the share columns blank', () => {
		expect(table.rows[1].slice(2, 8)).toEqual(['', '', '', -0.75, -0.81, -0.68]);
		expect(table.columns.slice(2, 8).map((column) => column.kind)).toEqual([
			'percent',
			'percent',
			'percent',
			'signedPercent',
			'signedPercent',
			'signedPercent'
		]);
	});

	it('ends with the pair counts, the lost column named by the timepoint', () => {
		expect(table.columns.slice(8).map((column) => column.label)).toEqual(['Pairs', 'With a baseline', 'Completed', 'Lost before the end of the programme']);
		expect(table.rows[0].slice(8)).toEqual([300, 520, 415, 220]);
	});
});
