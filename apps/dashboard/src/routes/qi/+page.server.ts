import { hubApi } from '$lib/server/hub-api';
import { settle } from '$lib/load-result';
import { involvementRows } from '$lib/qi-involvement';
import { parseQiPortfolioFilter, toQiProjectFilter } from '$lib/qi-portfolio';
import {
	INVOLVEMENT_OVER_TIME_QUERY,
	QI_PROJECTS_QUERY,
	type InvolvementOverTimeResult,
	type QiProjectsResult,
	type QiProjectsVariables
} from '$lib/queries/qi.queries';
import type { PageServerLoad } from './$types';

// Promises are returned un-awaited so the page streams and shows each panel as it arrives.
export const load: PageServerLoad = ({ url, fetch, locals }) => {
	const api = hubApi({ fetch, locals });
	const filter = parseQiPortfolioFilter(url.searchParams);
	const variables: QiProjectsVariables = { filter: toQiProjectFilter(filter) };

	return {
		filter,
		projects: settle(api.request<QiProjectsResult>(QI_PROJECTS_QUERY, variables).then((result) => result.qiProjects)),
		involvement: settle(
			api
				.request<InvolvementOverTimeResult>(INVOLVEMENT_OVER_TIME_QUERY)
				.then((result) => involvementRows(result.involvementOverTime))
		)
	};
};
