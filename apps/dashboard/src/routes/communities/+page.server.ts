import { parseAnalysisFilter, periodBounds, toReferralFilter } from '$lib/filters/analysis-filter';
import { settle } from '$lib/ui/load-result';
import { parseUptakeDimension } from '$lib/site/page-views';
import { SERVICE_SPC_QUERY } from '$lib/queries/service-spc.queries';
import { UPTAKE_QUERY } from '$lib/queries/uptake.queries';
import { loadFilterOptions } from '$lib/server/filter-options.load';
import { hubApi } from '$lib/server/hub-api';
import { withDataCoverage } from '$lib/server/data-coverage.load';
import { allOutreachEvents } from '$lib/server/outreach.load';
import { parseChartChoices } from '$lib/spc/spc-options';
import type { PageServerLoad } from './$types';

// Promises are returned un-awaited so the page streams and shows each chart as it arrives;
// only the default year, needed before any figure is asked for, is awaited.
export const load: PageServerLoad = async ({ url, fetch, locals }) => {
	const api = hubApi({ fetch, locals });
	// Later pages of outreach events are asked for after load has returned; see outcomes' load.
	const laterApi = hubApi({ fetch: globalThis.fetch, locals });
	const { filter, coverage } = await withDataCoverage(api, parseAnalysisFilter(url.searchParams));
	const dimension = parseUptakeDimension(url.searchParams);
	const analysisFilter = toReferralFilter(filter);

	const uptake = api.request(UPTAKE_QUERY, { dimension, filter: analysisFilter });
	const bameShare = api
		.request(SERVICE_SPC_QUERY, { series: 'BAME_SHARE', filter: analysisFilter, options: parseChartChoices(url.searchParams) })
		.then((result) => result.serviceSpc);
	const events = allOutreachEvents(laterApi, periodBounds(filter));

	return {
		filter,
		coverage,
		options: loadFilterOptions(api, locals.user?.programmeIds ?? null),
		uptake: settle(uptake.then((result) => result.chosen)),
		wards: settle(uptake.then((result) => result.wards)),
		bameShare: settle(Promise.all([bameShare, events]).then(([chart, outreach]) => ({ chart, events: outreach })))
	};
};
