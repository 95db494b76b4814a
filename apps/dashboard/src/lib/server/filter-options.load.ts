import { filterOptions } from '$lib/filter-options';
import { settle } from '$lib/load-result';
import { FILTER_OPTIONS_QUERY, type FilterOptionsResult } from '$lib/queries/reference.queries';
import type { GraphQLClient } from './graphql.client';

/** The analysis filters' choices, streamed like every other figure. */
export function loadFilterOptions(api: GraphQLClient) {
	return settle(api.request<FilterOptionsResult>(FILTER_OPTIONS_QUERY).then(filterOptions));
}
