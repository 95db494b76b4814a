import { describe, expect, it } from 'vitest';
import type { OutcomeHeadline } from '$lib/queries/outcomes.queries';
import { headlineCounts, headlinesTable, headlineTile } from './headlines';

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
	reason: null
};

const visits: OutcomeHeadline = { ...wellbeing, key: 'gpAeReduction', kind: 'RELATIVE_CHANGE', estimate: -0.75, lower: -0.81, upper: -0.68 };

describe('headlineTile', () => {
	it('writes a share improved as a percentage', () => {
		expect(headlineTile(wellbeing).value).toBe('93%');
	});

	it('writes a relative change with its sign', () => {
		expect(headlineTile(visits).value).toBe('−75%');
	});

	it('writes the CI in the estimate’s own form', () => {
		expect(headlineTile(visits).ci).toBe('95% CI −81% to −68%');
	});

	it('names the kind of headline', () => {
		expect(headlineTile(wellbeing).kindLabel).toBe('% of participants improved');
	});

	it('gives the API’s reason when there is no estimate', () => {
		expect(headlineTile({ ...wellbeing, estimate: null, reason: 'Fewer than 8 pairs' }).reason).toBe('Fewer than 8 pairs');
	});

	it('has no reason when there is an estimate', () => {
		expect(headlineTile(wellbeing).reason).toBeNull();
	});
});

describe('headlineCounts', () => {
	it('lists pairs, starters and completers', () => {
		expect(headlineCounts(wellbeing)).toBe('300 pairs · 520 started · 415 completed');
	});

	it('shows a suppressed count as *', () => {
		expect(headlineCounts({ pairs: 10, starters: null, completers: 10 })).toBe('10 pairs · * started · 10 completed');
	});
});

describe('headlinesTable', () => {
	it('has one row per headline', () => {
		expect(headlinesTable([wellbeing, visits]).rows).toHaveLength(2);
	});

	it('keeps the estimate and its limits as numbers', () => {
		expect(headlinesTable([wellbeing]).rows[0].slice(2, 5)).toEqual([0.93, 0.897, 0.952]);
	});
});
