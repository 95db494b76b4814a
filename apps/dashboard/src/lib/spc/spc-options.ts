/**
 * A reader's own rebase and ghost points for a chart, held in the URL as
 * ?rebase=2020-10-01,2021-06-01&ghost=2020-04-01 so the view can be shared; on a QI project,
 * whose page has a chart per measure, with &measure=<id> naming the chart.
 */
export interface ChartChoices {
	rebaseAt: string[];
	ghosted: string[];
}

export interface SpcAdjustment extends ChartChoices {
	measureId: string;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dates(value: string | null): string[] {
	const list = (value ?? '')
		.split(',')
		.map((date) => date.trim())
		.filter((date) => LOCAL_DATE.test(date));
	return [...new Set(list)].sort();
}

/** Null unless at least one of rebase or ghost is given; an empty list means "none". */
export function parseChartChoices(params: URLSearchParams): ChartChoices | null {
	if (!params.has('rebase') && !params.has('ghost')) return null;
	return { rebaseAt: dates(params.get('rebase')), ghosted: dates(params.get('ghost')) };
}

/** Null unless a measure and at least one of rebase or ghost is given. */
export function parseSpcAdjustment(params: URLSearchParams): SpcAdjustment | null {
	const measureId = params.get('measure')?.trim();
	const choices = parseChartChoices(params);
	return measureId && choices ? { measureId, ...choices } : null;
}

/** The rebase points with `period` added, in date order, each once. */
export function withRebaseAt(rebaseAt: readonly string[], period: string): string[] {
	return [...new Set([...rebaseAt, period])].sort();
}

/** The periods a chart is rebased at, as drawn (the first point never counts). */
function rebasedPeriods(points: readonly { period: string; rebase: boolean }[]): string[] {
	return points.filter((point, index) => point.rebase && index > 0).map((point) => point.period);
}

/**
 * The query string showing a page's one adjustable chart also rebased at `period`: its current
 * rebases kept, and every other choice in `params` (contract, filters, ghosts) left as it is.
 */
export function rebaseSearch(params: URLSearchParams, points: readonly { period: string; rebase: boolean }[], period: string): string {
	const next = new URLSearchParams(params);
	next.set('rebase', withRebaseAt(rebasedPeriods(points), period).join(','));
	return `?${next.toString().replace(/%2C/g, ',')}`;
}

export function spcAdjustmentSearch(adjustment: SpcAdjustment | null): string {
	if (!adjustment) return '';
	const params = new URLSearchParams({
		measure: adjustment.measureId,
		rebase: adjustment.rebaseAt.join(','),
		ghost: adjustment.ghosted.join(',')
	});
	return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** `search` (a query string or "") with the rebase and ghost choices of `params` carried over, so changing another choice keeps them. */
export function keepChartChoices(search: string, params: URLSearchParams): string {
	const next = new URLSearchParams(search);
	for (const key of ['rebase', 'ghost']) {
		const value = params.get(key);
		if (value !== null) next.set(key, value);
	}
	const kept = next.toString().replace(/%2C/g, ',');
	return kept ? `?${kept}` : '';
}

/** The points a chart marks as rebased or ghosted, as the adjustment form's starting values. */
export function currentAdjustment(measureId: string, points: readonly { period: string; rebase: boolean; ghosted: boolean }[]): SpcAdjustment {
	return {
		measureId,
		rebaseAt: rebasedPeriods(points),
		ghosted: points.filter((point) => point.ghosted).map((point) => point.period)
	};
}

/** The API's SpcOptionsInput for an adjustment. */
export function toSpcOptions(adjustment: ChartChoices): ChartChoices {
	return { rebaseAt: adjustment.rebaseAt, ghosted: adjustment.ghosted };
}

/** The chart to draw for a measure: the user's adjusted chart when it is for this measure and loaded. */
export function chartForMeasure<T>(
	measureId: string,
	recorded: T,
	adjustment: SpcAdjustment | null,
	adjusted: { ok: true; data: T | null } | { ok: false; message: string } | null
): { chart: T; adjustedByUser: boolean; message: string | null } {
	if (!adjustment || adjustment.measureId !== measureId || !adjusted) return { chart: recorded, adjustedByUser: false, message: null };
	if (!adjusted.ok) return { chart: recorded, adjustedByUser: false, message: `Could not recalculate the limits: ${adjusted.message}` };
	if (adjusted.data === null) return { chart: recorded, adjustedByUser: false, message: 'Could not recalculate the limits: the measure was not found' };
	return { chart: adjusted.data, adjustedByUser: true, message: null };
}
