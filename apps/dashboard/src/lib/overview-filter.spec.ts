import { describe, expect, it } from 'vitest';
import { formatMonthLong } from './format';
import {
	ALL_REFERRALS,
	describePeriod,
	isFiltered,
	overviewSearch,
	parseOverviewFilter,
	toOverviewAnalysisFilter,
	toReferralFilter
} from './overview-filter';

const params = (search: string) => new URLSearchParams(search);

describe('parseOverviewFilter', () => {
	it('reads from, to and programme', () => {
		expect(parseOverviewFilter(params('?from=2019-04&to=2020-03&programme=p7'))).toEqual({
			from: '2019-04',
			to: '2020-03',
			programmeId: 'p7'
		});
	});

	it('means everything when the query string is empty', () => {
		expect(parseOverviewFilter(params(''))).toEqual(ALL_REFERRALS);
	});

	it('ignores a malformed month', () => {
		expect(parseOverviewFilter(params('?from=April&to=2020-13'))).toEqual(ALL_REFERRALS);
	});

	it('treats an empty programme as all programmes', () => {
		expect(parseOverviewFilter(params('?programme=')).programmeId).toBeNull();
	});

	it('puts a reversed period the right way round', () => {
		const filter = parseOverviewFilter(params('?from=2020-03&to=2019-04'));
		expect([filter.from, filter.to]).toEqual(['2019-04', '2020-03']);
	});
});

describe('overviewSearch', () => {
	it('writes the filter as a query string', () => {
		expect(overviewSearch({ from: '2019-04', to: '2020-03', programmeId: 'p7' })).toBe(
			'?from=2019-04&to=2020-03&programme=p7'
		);
	});

	it('is empty for no filter', () => {
		expect(overviewSearch(ALL_REFERRALS)).toBe('');
	});

	it('round-trips through parseOverviewFilter', () => {
		const filter = { from: '2019-04', to: null, programmeId: 'a b&c' };
		expect(parseOverviewFilter(params(overviewSearch(filter)))).toEqual(filter);
	});
});

describe('toReferralFilter', () => {
	it('covers whole months, with receivedTo on the last day', () => {
		expect(toReferralFilter({ from: '2019-04', to: '2020-02', programmeId: null })).toEqual({
			receivedFrom: '2019-04-01',
			receivedTo: '2020-02-29'
		});
	});

	it('passes the programme as a one-item list', () => {
		expect(toReferralFilter({ from: null, to: null, programmeId: 'p7' })).toEqual({ programmeIds: ['p7'] });
	});

	it('is empty for no filter', () => {
		expect(toReferralFilter(ALL_REFERRALS)).toEqual({});
	});
});

describe('isFiltered', () => {
	it('is false with no filter and true with any one', () => {
		expect(isFiltered(ALL_REFERRALS)).toBe(false);
		expect(isFiltered({ ...ALL_REFERRALS, to: '2020-03' })).toBe(true);
	});
});

describe('describePeriod', () => {
	it('names both ends', () => {
		expect(describePeriod({ from: '2019-04', to: '2020-03', programmeId: null }, formatMonthLong)).toBe(
			'April 2019 to March 2020'
		);
	});

	it('names a single month once', () => {
		expect(describePeriod({ from: '2019-04', to: '2019-04', programmeId: null }, formatMonthLong)).toBe(
			'April 2019'
		);
	});

	it('describes an open start or end', () => {
		expect(describePeriod({ from: '2019-04', to: null, programmeId: null }, formatMonthLong)).toBe(
			'from April 2019 onwards'
		);
		expect(describePeriod({ from: null, to: '2020-03', programmeId: null }, formatMonthLong)).toBe(
			'up to March 2020'
		);
	});

	it('says "all months" with no period', () => {
		expect(describePeriod(ALL_REFERRALS, formatMonthLong)).toBe('all months');
	});
});

describe('toOverviewAnalysisFilter', () => {
	it('turns the period and programme into an AnalysisFilter', () => {
		expect(toOverviewAnalysisFilter({ from: '2019-04', to: '2019-06', programmeId: '7' })).toEqual({
			periodFrom: '2019-04-01',
			periodTo: '2019-06-30',
			programmeIds: ['7']
		});
	});

	it('is empty with no filter', () => {
		expect(toOverviewAnalysisFilter(ALL_REFERRALS)).toEqual({});
	});
});
