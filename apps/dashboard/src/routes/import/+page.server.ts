import { runIdOf } from '$lib/import/import.server';
import { IMPORT_PAGE_QUERY, IMPORT_QUARANTINE_QUERY, IMPORT_TEMPLATES_QUERY } from '$lib/queries/import.queries';
import { hubApi } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import { settle } from '$lib/ui/load-result';
import type { PageServerLoad } from './$types';

/** Quarantined rows shown a page at a time. */
const QUARANTINE_PAGE = 25;
const PAST_IMPORTS = 20;

export const load: PageServerLoad = ({ url, fetch, locals }) => {
	// Checked here as well as in the layout: a refused page must start no streamed API calls.
	assertMayVisit(locals, url.pathname);
	const api = hubApi({ fetch, locals });
	const runId = runIdOf(url);
	const after = url.searchParams.get('after') || null;
	return {
		runId,
		after,
		runs: settle(api.request(IMPORT_PAGE_QUERY, { first: PAST_IMPORTS }).then((result) => result.importRuns)),
		templates: settle(api.request(IMPORT_TEMPLATES_QUERY).then((result) => result.importTemplates)),
		selected: runId ? settle(api.request(IMPORT_QUARANTINE_QUERY, { runId, first: QUARANTINE_PAGE, after })) : null
	};
};
