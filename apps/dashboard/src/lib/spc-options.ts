/**
 * A user's own rebase and ghost points for one measure's chart, held in the URL as
 * ?measure=<id>&rebase=2020-10-01,2021-06-01&ghost=2020-04-01 so the view can be shared.
 */
export interface SpcAdjustment {
	measureId: string;
	rebaseAt: string[];
	ghosted: string[];
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dates(value: string | null): string[] {
	const list = (value ?? '')
		.split(',')
		.map((date) => date.trim())
		.filter((date) => LOCAL_DATE.test(date));
	return [...new Set(list)].sort();
}

/** Null unless a measure and at least one of rebase or ghost is given; an empty list means "none". */
export function parseSpcAdjustment(params: URLSearchParams): SpcAdjustment | null {
	const measureId = params.get('measure')?.trim();
	if (!measureId || (!params.has('rebase') && !params.has('ghost'))) return null;
	return { measureId, rebaseAt: dates(params.get('rebase')), ghosted: dates(params.get('ghost')) };
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

/** The points a chart marks as rebased or ghosted, as the adjustment form's starting values. */
export function currentAdjustment(measureId: string, points: readonly { period: string; rebase: boolean; ghosted: boolean }[]): SpcAdjustment {
	return {
		measureId,
		rebaseAt: points.filter((point, index) => point.rebase && index > 0).map((point) => point.period),
		ghosted: points.filter((point) => point.ghosted).map((point) => point.period)
	};
}

/** The API's SpcOptionsInput for an adjustment. */
export function toSpcOptions(adjustment: SpcAdjustment): { rebaseAt: string[]; ghosted: string[] } {
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
