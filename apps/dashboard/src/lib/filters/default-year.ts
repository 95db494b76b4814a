import type { AnalysisFilterState } from './analysis-filter';

/** Only a URL with no year and no months takes the default year; `?fy=all` and chosen months are kept. */
export function needsDefaultYear(filter: AnalysisFilterState): boolean {
	return filter.financialYear === null && filter.from === null && filter.to === null;
}

/**
 * The figures pages open on the latest complete financial year
 * (docs/methods.md, "How recent the data are"), so an explicit choice is never overridden.
 */
export function withDefaultYear(filter: AnalysisFilterState, latestCompleteYear: string | null): AnalysisFilterState {
	return needsDefaultYear(filter) ? { ...filter, financialYear: latestCompleteYear } : filter;
}
