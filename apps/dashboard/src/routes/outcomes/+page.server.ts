import type { OutcomeGroupDimension } from '$lib/graphql/graphql';
import { parseAnalysisFilter, toReferralFilter } from '$lib/filters/analysis-filter';
import { settle } from '$lib/ui/load-result';
import { chooseInstrument, type GroupOutcomes } from '$lib/outcomes/outcomes';
import { parseOutcomesView } from '$lib/site/page-views';
import { OUTCOME_INSTRUMENTS_QUERY, OUTCOMES_BY_GROUP_QUERY } from '$lib/queries/outcomes.queries';
import { loadFilterOptions } from '$lib/server/filter-options.load';
import { hubApi } from '$lib/server/hub-api';
import { withDataCoverage } from '$lib/server/data-coverage.load';
import type { PageServerLoad } from './$types';

// Promises are returned un-awaited so the page streams and shows each chart as it arrives;
// only the default year, needed before any figure is asked for, is awaited.
export const load: PageServerLoad = async ({ url, fetch, locals }) => {
	const api = hubApi({ fetch, locals });
	// A request made after load has returned (chained on the instrument list) goes through the
	// plain fetch: SvelteKit's fetch only tracks dependencies while load runs, and the page
	// reloads on any URL change anyway.
	const laterApi = hubApi({ fetch: globalThis.fetch, locals });
	const { filter, coverage } = await withDataCoverage(api, parseAnalysisFilter(url.searchParams));
	const view = parseOutcomesView(url.searchParams);
	const analysisFilter = toReferralFilter(filter);

	const { timepoint } = view;
	const summary = api.request(OUTCOME_INSTRUMENTS_QUERY, { filter: analysisFilter, timepoint }).then((result) => result.outcomeSummary);
	const instruments = summary.then((answer) => answer.instruments);

	// Grouping waits for the instrument list only when the URL does not name an instrument.
	async function groupOutcomes(dimension: OutcomeGroupDimension): Promise<GroupOutcomes> {
		const list = view.instrument ? null : await instruments;
		const code = view.instrument ?? chooseInstrument(list ?? [], null);
		if (!code) return { dimension, timepoint, outcome: null, groups: [] };
		const [result, all] = await Promise.all([
			(list ? laterApi : api).request(OUTCOMES_BY_GROUP_QUERY, { instrument: code, dimension, filter: analysisFilter, timepoint }),
			list ?? instruments
		]);
		const outcome = all.find((candidate) => candidate.instrument.code === code) ?? null;
		return { dimension, timepoint, outcome, groups: result.outcomesByGroup };
	}

	return {
		filter,
		coverage,
		view,
		options: loadFilterOptions(api, locals.user?.programmeIds ?? null),
		summary: settle(summary),
		byProgramme: settle(groupOutcomes('PROGRAMME')),
		byGroup: settle(groupOutcomes(view.by))
	};
};
