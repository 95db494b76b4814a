import { describe, expect, it } from 'vitest';
import { NO_ANALYSIS_FILTER } from '$lib/filters/analysis-filter';
import {
	DEFAULT_COMMUNITIES_VIEW,
	communitiesSearch,
	outcomesSearch,
	overviewSearch,
	parseCommunitiesView,
	parseOutcomesView,
	parseUptakeDimension,
	sortedBy
} from './page-views';

describe('parseOutcomesView', () => {
	it('reads the instrument and the grouping', () => {
		expect(parseOutcomesView(new URLSearchParams('instrument=gse&by=SEX'))).toEqual({ instrument: 'gse', by: 'SEX', timepoint: 'END_OF_PROGRAMME' });
	});

	it('reads the timepoint', () => {
		expect(parseOutcomesView(new URLSearchParams('timepoint=follow_up')).timepoint).toBe('FOLLOW_UP');
	});

	it('groups by ethnic group when the grouping is unknown', () => {
		expect(parseOutcomesView(new URLSearchParams('by=PROGRAMME')).by).toBe('ETHNIC_GROUP');
	});
});

describe('parseCommunitiesView', () => {
	it('falls back to the defaults', () => {
		expect(parseCommunitiesView(new URLSearchParams('by=X&measure=Y&sort=Z&dir=up'))).toEqual(DEFAULT_COMMUNITIES_VIEW);
	});

	it('reads a chosen view', () => {
		expect(parseCommunitiesView(new URLSearchParams('by=WARD&measure=gap&sort=name&dir=desc'))).toEqual({
			by: 'WARD',
			measure: 'gap',
			sort: 'name',
			dir: 'desc'
		});
	});
});

describe('sortedBy', () => {
	it('flips the direction on a second click of the same column', () => {
		expect(sortedBy({ ...DEFAULT_COMMUNITIES_VIEW, sort: 'rate', dir: 'desc' }, 'rate').dir).toBe('asc');
	});

	it('sorts a new number column largest first', () => {
		expect(sortedBy(DEFAULT_COMMUNITIES_VIEW, 'referrals')).toMatchObject({ sort: 'referrals', dir: 'desc' });
	});

	it('sorts names A to Z first', () => {
		expect(sortedBy(DEFAULT_COMMUNITIES_VIEW, 'name')).toMatchObject({ sort: 'name', dir: 'asc' });
	});
});

describe('communitiesSearch', () => {
	it('leaves the default view out of the URL', () => {
		expect(communitiesSearch(NO_ANALYSIS_FILTER, DEFAULT_COMMUNITIES_VIEW)).toBe('');
	});

	it('puts the filter before the view', () => {
		expect(communitiesSearch({ ...NO_ANALYSIS_FILTER, programmeId: '2' }, { ...DEFAULT_COMMUNITIES_VIEW, sort: 'name' })).toBe('?programme=2&sort=name');
	});
});

describe('outcomesSearch', () => {
	it('keeps the chosen instrument', () => {
		expect(outcomesSearch(NO_ANALYSIS_FILTER, { instrument: 'gse', by: 'ETHNIC_GROUP', timepoint: 'END_OF_PROGRAMME' })).toBe('?instrument=gse');
	});

	it('keeps a timepoint other than the end of the programme', () => {
		expect(outcomesSearch(NO_ANALYSIS_FILTER, { instrument: null, by: 'ETHNIC_GROUP', timepoint: 'LATEST' })).toBe('?timepoint=latest');
	});
});

describe('overviewSearch', () => {
	it('adds the headline timepoint to the filter', () => {
		expect(overviewSearch(NO_ANALYSIS_FILTER, 'FOLLOW_UP')).toBe('?timepoint=follow_up');
		expect(overviewSearch(NO_ANALYSIS_FILTER, 'END_OF_PROGRAMME')).toBe('');
	});
});

describe('parseUptakeDimension', () => {
	it('reads the dimension', () => {
		expect(parseUptakeDimension(new URLSearchParams('by=WARD&sort=name'))).toBe('WARD');
	});
});
