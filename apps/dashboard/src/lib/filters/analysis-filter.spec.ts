import { describe, expect, it } from 'vitest';
import {
	ALL_YEARS,
	NO_ANALYSIS_FILTER,
	OVERVIEW_FILTER_FIELDS,
	analysisFilterParams,
	analysisFilterSearch,
	describeAnalysisPeriod,
	ethnicGroupOptions,
	isAnalysisFiltered,
	parseAnalysisFilter,
	periodBounds,
	toReferralFilter
} from './analysis-filter';
import { formatMonthLong } from '$lib/ui/format';

const params = (search: string) => new URLSearchParams(search);

describe('parseAnalysisFilter', () => {
	it('reads every dimension', () => {
		expect(parseAnalysisFilter(params('from=2019-04&to=2020-03&fy=2019/20&programme=3&ward=E1&ethnic=Asian&age=65-74&sex=FEMALE&decile=2'))).toEqual({
			from: '2019-04',
			to: '2020-03',
			financialYear: '2019/20',
			programmeId: '3',
			wardCode: 'E1',
			ethnicGroup: 'Asian',
			ageBand: '65-74',
			sex: 'FEMALE',
			deprivationDecile: 2
		});
	});

	it('reads a reversed period the right way round', () => {
		const filter = parseAnalysisFilter(params('from=2020-03&to=2019-04'));
		expect([filter.from, filter.to]).toEqual(['2019-04', '2020-03']);
	});

	it('ignores a sex the API does not know', () => {
		expect(parseAnalysisFilter(params('sex=X')).sex).toBeNull();
	});

	it('ignores a decile outside 1 to 10', () => {
		expect(parseAnalysisFilter(params('decile=11')).deprivationDecile).toBeNull();
	});

	it('ignores a malformed financial year', () => {
		expect(parseAnalysisFilter(params('fy=2019')).financialYear).toBeNull();
	});
});

describe('parseAnalysisFilter with the Overview’s fields', () => {
	it('reads the months, the financial year and the programme and nothing the page does not offer', () => {
		expect(parseAnalysisFilter(params('?from=2019-04&to=2020-03&programme=p7&fy=2019/20&sex=MALE'), OVERVIEW_FILTER_FIELDS)).toEqual({
			...NO_ANALYSIS_FILTER,
			from: '2019-04',
			to: '2020-03',
			financialYear: '2019/20',
			programmeId: 'p7'
		});
	});

	it('narrows the Overview referral queries to the financial year', () => {
		const filter = parseAnalysisFilter(params('?fy=2024/25&programme=p7&from=2024-01'), OVERVIEW_FILTER_FIELDS);
		// The API intersects a year with months, so a month before the year narrows nothing.
		expect(toReferralFilter(filter)).toEqual({ periodFrom: '2024-01-01', financialYear: '2024/25', programmeIds: ['p7'] });
	});
});

describe('"All years" (?fy=all)', () => {
	it('is kept in the URL, asks the API for no year and reads as every month', () => {
		const filter = parseAnalysisFilter(params('?fy=all&programme=p7'));
		expect(filter).toEqual({ ...NO_ANALYSIS_FILTER, financialYear: ALL_YEARS, programmeId: 'p7' });
		expect(analysisFilterSearch(filter)).toBe('?fy=all&programme=p7');
		expect(toReferralFilter(filter)).toEqual({ programmeIds: ['p7'] });
		expect(describeAnalysisPeriod(filter, (month) => month)).toBe('all months');
		expect(periodBounds(filter)).toEqual({ from: null, to: null });
	});

	it('ignores a malformed month and treats an empty programme as all programmes', () => {
		expect(parseAnalysisFilter(params('?from=April&to=2020-13&programme='), OVERVIEW_FILTER_FIELDS)).toEqual(NO_ANALYSIS_FILTER);
	});
});

describe('analysisFilterSearch', () => {
	it('writes the filter as a query string, and nothing for no filter', () => {
		expect(analysisFilterSearch({ ...NO_ANALYSIS_FILTER, from: '2019-04', to: '2020-03', programmeId: 'p7' })).toBe('?from=2019-04&to=2020-03&programme=p7');
		expect(analysisFilterSearch(NO_ANALYSIS_FILTER)).toBe('');
	});

	it('round-trips through parseAnalysisFilter', () => {
		const filter = { ...NO_ANALYSIS_FILTER, from: '2019-04', programmeId: 'a b&c' };
		expect(parseAnalysisFilter(params(analysisFilterSearch(filter)))).toEqual(filter);
	});
});

describe('analysisFilterParams', () => {
	it('writes keys in a fixed order whatever order they were read in', () => {
		const filter = parseAnalysisFilter(params('sex=MALE&programme=2&from=2019-01'));
		expect(analysisFilterParams(filter).toString()).toBe('from=2019-01&programme=2&sex=MALE');
	});

	it('writes nothing for no filter', () => {
		expect(analysisFilterParams(NO_ANALYSIS_FILTER).toString()).toBe('');
	});
});

describe('toReferralFilter', () => {
	it('turns months into whole-month dates, the last day included', () => {
		expect(toReferralFilter({ ...NO_ANALYSIS_FILTER, from: '2019-04', to: '2020-02' })).toEqual({
			periodFrom: '2019-04-01',
			periodTo: '2020-02-29'
		});
	});

	it('sends single choices as one-item lists, and is empty for no filter', () => {
		expect(toReferralFilter({ ...NO_ANALYSIS_FILTER, ethnicGroup: 'Black', deprivationDecile: 1 })).toEqual({
			ethnicGroups: ['Black'],
			deprivationDeciles: [1]
		});
		expect(toReferralFilter({ ...NO_ANALYSIS_FILTER, programmeId: 'p7', financialYear: '2019/20' })).toEqual({
			programmeIds: ['p7'],
			financialYear: '2019/20'
		});
		expect(toReferralFilter(NO_ANALYSIS_FILTER)).toEqual({});
	});
});

describe('isAnalysisFiltered', () => {
	it('is false with no filter', () => {
		expect(isAnalysisFiltered(NO_ANALYSIS_FILTER)).toBe(false);
	});

	it('is true with only a financial year', () => {
		expect(isAnalysisFiltered({ ...NO_ANALYSIS_FILTER, financialYear: '2019/20' })).toBe(true);
	});
});

describe('describeAnalysisPeriod', () => {
	const month = (value: string) => value;

	it('names a financial year', () => {
		expect(describeAnalysisPeriod({ ...NO_ANALYSIS_FILTER, financialYear: '2019/20' }, month)).toBe('financial year 2019/20');
	});

	it('names both ends, a single month once, or an open start or end', () => {
		const period = (from: string | null, to: string | null) => describeAnalysisPeriod({ ...NO_ANALYSIS_FILTER, from, to }, formatMonthLong);
		expect(period('2019-04', '2020-03')).toBe('April 2019 to March 2020');
		expect(period('2019-04', '2019-04')).toBe('April 2019');
		expect(period('2019-04', null)).toBe('from April 2019 onwards');
		expect(period(null, '2020-03')).toBe('up to March 2020');
	});

	it('says all months when there is no period', () => {
		expect(describeAnalysisPeriod(NO_ANALYSIS_FILTER, month)).toBe('all months');
	});
});

describe('ethnicGroupOptions', () => {
	it('keeps each broad group once, in the order given', () => {
		expect(ethnicGroupOptions([{ broadGroup: 'White' }, { broadGroup: 'Asian' }, { broadGroup: 'White' }, { broadGroup: 'Not stated' }])).toEqual([
			'White',
			'Asian',
			'Not stated'
		]);
	});
});

describe('periodBounds', () => {
	it('is open on both sides with no period', () => {
		expect(periodBounds(NO_ANALYSIS_FILTER)).toEqual({ from: null, to: null });
	});

	it('spans a financial year from 1 April to 31 March', () => {
		expect(periodBounds({ ...NO_ANALYSIS_FILTER, financialYear: '2019/20' })).toEqual({ from: '2019-04-01', to: '2020-03-31' });
	});

	it('intersects months with the financial year', () => {
		expect(periodBounds({ ...NO_ANALYSIS_FILTER, financialYear: '2019/20', from: '2019-07', to: '2021-01' })).toEqual({
			from: '2019-07-01',
			to: '2020-03-31'
		});
	});
});
