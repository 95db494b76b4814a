import type { AnalysisFilterState } from '$lib/filters/analysis-filter';
import { needsDefaultYear, withDefaultYear } from '$lib/filters/default-year';
import { DATA_COVERAGE_QUERY } from '$lib/queries/coverage.queries';
import { settle } from '$lib/ui/load-result';
import type { GraphQLClient } from './graphql.client';

/**
 * How recent the data are, streamed for the page to show, and the filter with the default year
 * filled in. Only a URL without a year or months waits for the answer; if the API cannot say, the
 * page shows every year rather than nothing.
 */
export async function withDataCoverage(api: GraphQLClient, filter: AnalysisFilterState) {
	const coverage = api.request(DATA_COVERAGE_QUERY).then((result) => result.dataCoverage);
	const settled = settle(coverage);
	if (!needsDefaultYear(filter)) return { filter, coverage: settled };
	const answer = await settled;
	return { filter: withDefaultYear(filter, answer.ok ? answer.data.latestCompleteFinancialYear : null), coverage: settled };
}
