import { filterOptions } from '$lib/filter-options';
import { settle } from '$lib/load-result';
import { FILTER_OPTIONS_QUERY } from '$lib/queries/reference.queries';
import { withinReach } from '$lib/viewer';
import type { GraphQLClient } from './graphql.client';

/** The analysis filters' choices, streamed like every other figure; programmes only those the viewer reaches. */
export function loadFilterOptions(api: GraphQLClient, programmeIds: readonly string[] | null) {
	return settle(api.request(FILTER_OPTIONS_QUERY).then((result) => filterOptions({ ...result, programmes: withinReach(result.programmes, programmeIds) })));
}
