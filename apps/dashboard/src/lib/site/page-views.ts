/**
 * The page-specific choices that live in the URL next to the analysis filter: which
 * instrument and grouping the Outcomes page shows, and the dimension, measure and ward-table
 * sort of the Communities page.
 */
import { analysisFilterParams, type AnalysisFilterState } from '$lib/filters/analysis-filter';
import { GROUP_DIMENSIONS, type GroupDimension } from '$lib/outcomes/outcomes';
import { parseTimepoint, timepointParam } from '$lib/outcomes/timepoint';
import type { OutcomeTimepoint } from '$lib/graphql/graphql';
import {
	UPTAKE_DIMENSIONS,
	UPTAKE_MEASURES,
	WARD_SORT_KEYS,
	type SortDirection,
	type UptakeChartDimension,
	type UptakeMeasure,
	type WardSortKey
} from '$lib/communities/uptake';

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
	return allowed.find((candidate) => candidate === value) ?? fallback;
}

export interface OutcomesView {
	/** An instrument code; null means the first instrument with results. */
	instrument: string | null;
	by: GroupDimension;
	timepoint: OutcomeTimepoint;
}

export function parseOutcomesView(params: URLSearchParams): OutcomesView {
	return {
		instrument: params.get('instrument')?.trim() || null,
		by: oneOf(
			params.get('by'),
			GROUP_DIMENSIONS.map((option) => option.value),
			'ETHNIC_GROUP'
		),
		timepoint: parseTimepoint(params)
	};
}

export interface CommunitiesView {
	by: UptakeChartDimension;
	measure: UptakeMeasure;
	sort: WardSortKey;
	dir: SortDirection;
}

export const DEFAULT_COMMUNITIES_VIEW: CommunitiesView = { by: 'ETHNIC_GROUP', measure: 'ratio', sort: 'ratio', dir: 'asc' };

/**
 * Only the dimension changes what the API is asked, so the server load reads just this key:
 * SvelteKit reruns a load only when a search parameter it read changes, and sorting the ward
 * table or switching ratio and gap then costs no request.
 */
export function parseUptakeDimension(params: URLSearchParams): UptakeChartDimension {
	return oneOf(
		params.get('by'),
		UPTAKE_DIMENSIONS.map((option) => option.value),
		DEFAULT_COMMUNITIES_VIEW.by
	);
}

export function parseCommunitiesView(params: URLSearchParams): CommunitiesView {
	return {
		by: parseUptakeDimension(params),
		measure: oneOf(
			params.get('measure'),
			UPTAKE_MEASURES.map((option) => option.value),
			DEFAULT_COMMUNITIES_VIEW.measure
		),
		sort: oneOf(params.get('sort'), WARD_SORT_KEYS, DEFAULT_COMMUNITIES_VIEW.sort),
		dir: oneOf(params.get('dir'), ['asc', 'desc'] as const, DEFAULT_COMMUNITIES_VIEW.dir)
	};
}

/** Filter first, then the view's own keys; defaults and empty values are left out. */
function pageSearch(filter: AnalysisFilterState, view: Record<string, string | null>, defaults: Record<string, string> = {}): string {
	const params = analysisFilterParams(filter);
	for (const [key, value] of Object.entries(view)) {
		if (value && value !== defaults[key]) params.set(key, value);
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** The view after a click on a ward-table header: the same column flips direction. */
export function sortedBy(view: CommunitiesView, key: WardSortKey): CommunitiesView {
	if (view.sort === key) return { ...view, dir: view.dir === 'asc' ? 'desc' : 'asc' };
	return { ...view, sort: key, dir: key === 'name' ? 'asc' : 'desc' };
}

export function communitiesSearch(filter: AnalysisFilterState, view: CommunitiesView): string {
	return pageSearch(filter, { ...view }, { ...DEFAULT_COMMUNITIES_VIEW });
}

export function outcomesSearch(filter: AnalysisFilterState, view: OutcomesView): string {
	return pageSearch(filter, { instrument: view.instrument, by: view.by, timepoint: timepointParam(view.timepoint) }, { by: 'ETHNIC_GROUP' });
}

/** The Overview's filter and the headline tiles' timepoint. */
export function overviewSearch(filter: AnalysisFilterState, timepoint: OutcomeTimepoint): string {
	return pageSearch(filter, { timepoint: timepointParam(timepoint) });
}
