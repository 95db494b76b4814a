import { describe, expect, it } from 'vitest';
import { NO_ANALYSIS_FILTER, parseAnalysisFilter } from './analysis-filter';
import { needsDefaultYear, withDefaultYear } from './default-year';

const parse = (search: string) => parseAnalysisFilter(new URLSearchParams(search));

describe('withDefaultYear', () => {
	it('opens a URL with no year and no months on the latest complete year', () => {
		expect(withDefaultYear(parse('programme=3'), '2025/26')).toEqual({ ...NO_ANALYSIS_FILTER, programmeId: '3', financialYear: '2025/26' });
		expect(needsDefaultYear(parse(''))).toBe(true);
	});

	it('keeps an explicit year, "all years" and chosen months', () => {
		expect(withDefaultYear(parse('fy=2020/21'), '2025/26').financialYear).toBe('2020/21');
		expect(withDefaultYear(parse('fy=all'), '2025/26').financialYear).toBe('all');
		expect(withDefaultYear(parse('from=2024-01'), '2025/26')).toEqual({ ...NO_ANALYSIS_FILTER, from: '2024-01' });
		expect(needsDefaultYear(parse('fy=all'))).toBe(false);
	});

	it('leaves every year when the API has no complete year', () => {
		expect(withDefaultYear(parse(''), null)).toEqual(NO_ANALYSIS_FILTER);
	});
});
