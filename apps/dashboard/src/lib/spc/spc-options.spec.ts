import { describe, expect, it } from 'vitest';
import {
	chartForMeasure,
	currentAdjustment,
	keepChartChoices,
	parseChartChoices,
	parseSpcAdjustment,
	rebaseSearch,
	spcAdjustmentSearch,
	toSpcOptions,
	withRebaseAt
} from './spc-options';

describe('parseSpcAdjustment', () => {
	it('reads a measure with its rebase and ghost dates, sorted and without repeats', () => {
		const params = new URLSearchParams('measure=10&rebase=2021-01-01,2020-10-01,2020-10-01&ghost=2020-04-01');
		expect(parseSpcAdjustment(params)).toEqual({ measureId: '10', rebaseAt: ['2020-10-01', '2021-01-01'], ghosted: ['2020-04-01'] });
	});

	it('reads an empty list as "none" and drops malformed dates', () => {
		expect(parseSpcAdjustment(new URLSearchParams('measure=3&rebase=&ghost=April'))).toEqual({ measureId: '3', rebaseAt: [], ghosted: [] });
	});

	it('is null without a measure, or without rebase or ghost', () => {
		expect(parseSpcAdjustment(new URLSearchParams('rebase=2020-10-01'))).toBeNull();
		expect(parseSpcAdjustment(new URLSearchParams('measure=3'))).toBeNull();
	});
});

describe('parseChartChoices', () => {
	it('reads a page’s one chart’s rebase and ghost dates without a measure', () => {
		expect(parseChartChoices(new URLSearchParams('kpi=K1&rebase=2021-04-01'))).toEqual({ rebaseAt: ['2021-04-01'], ghosted: [] });
	});

	it('is null when neither is given', () => {
		expect(parseChartChoices(new URLSearchParams('kpi=K1'))).toBeNull();
	});
});

describe('withRebaseAt', () => {
	it('adds a rebase point in date order, once', () => {
		expect(withRebaseAt(['2021-04-01'], '2020-07-01')).toEqual(['2020-07-01', '2021-04-01']);
		expect(withRebaseAt(['2021-04-01'], '2021-04-01')).toEqual(['2021-04-01']);
	});
});

describe('rebaseSearch', () => {
	const points = [
		{ period: '2020-01-01', rebase: true },
		{ period: '2020-04-01', rebase: true },
		{ period: '2020-07-01', rebase: false }
	];

	it('keeps the chart’s own rebases (not the first point) and every other choice, adding the suggested one', () => {
		const params = new URLSearchParams('contract=C1&kpi=K2&ghost=2020-01-01');
		expect(rebaseSearch(params, points, '2020-07-01')).toBe('?contract=C1&kpi=K2&ghost=2020-01-01&rebase=2020-04-01,2020-07-01');
	});

	it('replaces a rebase already in the URL rather than repeating the key', () => {
		expect(rebaseSearch(new URLSearchParams('rebase=2020-04-01'), points, '2020-07-01')).toBe('?rebase=2020-04-01,2020-07-01');
	});
});

describe('keepChartChoices', () => {
	it('carries the rebase and ghost choices over to a page’s next address', () => {
		const params = new URLSearchParams('by=ward&rebase=2021-04-01,2022-01-01&ghost=');
		expect(keepChartChoices('?by=age', params)).toBe('?by=age&rebase=2021-04-01,2022-01-01&ghost=');
	});

	it('adds nothing when there were no choices', () => {
		expect(keepChartChoices('', new URLSearchParams('by=ward'))).toBe('');
	});
});

describe('spcAdjustmentSearch', () => {
	it('round-trips through the URL', () => {
		const adjustment = { measureId: '10', rebaseAt: ['2020-10-01', '2021-01-01'], ghosted: [] };
		const search = spcAdjustmentSearch(adjustment);
		expect(search).toBe('?measure=10&rebase=2020-10-01,2021-01-01&ghost=');
		expect(parseSpcAdjustment(new URLSearchParams(search))).toEqual(adjustment);
		expect(toSpcOptions(adjustment)).toEqual({ rebaseAt: ['2020-10-01', '2021-01-01'], ghosted: [] });
	});
});

describe('currentAdjustment', () => {
	it('starts the form from the chart’s own rebase and ghost points, never the first point', () => {
		const points = [
			{ period: '2020-01-01', rebase: true, ghosted: false },
			{ period: '2020-02-01', rebase: false, ghosted: true },
			{ period: '2020-03-01', rebase: true, ghosted: false }
		];
		expect(currentAdjustment('7', points)).toEqual({ measureId: '7', rebaseAt: ['2020-03-01'], ghosted: ['2020-02-01'] });
	});
});

describe('chartForMeasure', () => {
	const adjustment = { measureId: '10', rebaseAt: ['2020-10-01'], ghosted: [] };

	it('uses the adjusted chart only for the measure it is for', () => {
		expect(chartForMeasure('10', 'recorded', adjustment, { ok: true, data: 'adjusted' })).toEqual({ chart: 'adjusted', adjustedByUser: true, message: null });
		expect(chartForMeasure('11', 'recorded', adjustment, { ok: true, data: 'adjusted' })).toEqual({ chart: 'recorded', adjustedByUser: false, message: null });
		expect(chartForMeasure('10', 'recorded', null, null).chart).toBe('recorded');
	});

	it('falls back to the recorded chart with a message when recalculating failed', () => {
		expect(chartForMeasure('10', 'recorded', adjustment, { ok: false, message: 'timeout' })).toEqual({
			chart: 'recorded',
			adjustedByUser: false,
			message: 'Could not recalculate the limits: timeout'
		});
	});
});
