/**
 * Shapes an MDC SPC chart from the API (docs/methods.md, "SPC (Making Data Count)") for the
 * dashboard's SPC chart: one point per period with the lines drawn at it, its colour, and the
 * words its tooltip and aria-label say. x is the point's index, so a period never shifts with
 * the time zone, and every period is named by the label the API sends.
 */
import { formatCi } from '$lib/ui/format';
import { conflictNote, pointColour, ruleLabel, specialCauseLabel } from './spc-icons';
import { markerTexts, spcMarkers, type ChartMarker } from './spc-markers';
import { extent } from './spc-scale';
import type { SpcChartKind } from '$lib/graphql/graphql';
import type { SpcChart, SpcPoint } from '$lib/queries/analytics.fragments';

/** A point as drawn: the API's point with its index, its target, its colour and its words. */
export type SpcChartPoint = Pick<
	SpcPoint,
	'label' | 'value' | 'mean' | 'upperLimit' | 'lowerLimit' | 'upperTwoSigma' | 'lowerTwoSigma' | 'lower' | 'upper' | 'ghosted'
> & {
	index: number;
	target: number | null;
	colour: string;
	/** One line per fact, for the tooltip; joined for the aria-label. */
	description: string[];
};

/** "Mean" on XmR and T charts, "Median" on run charts. */
export function centreLineName(kind: SpcChartKind): string {
	return kind === 'RUN' ? 'Median' : 'Mean';
}

/** A target per point: the chart's single target repeated, unless per-period targets are given. */
export function targetsPerPoint(count: number, target: number | null, perPeriod?: readonly (number | null)[]): (number | null)[] {
	if (perPeriod && perPeriod.length === count) return [...perPeriod];
	return Array.from({ length: count }, () => target);
}

/** Index ranges (both ends included) sharing one set of limits; a rebase point starts a new one. */
export interface LimitSegment {
	start: number;
	end: number;
}

export function limitSegments(points: readonly Pick<SpcPoint, 'rebase'>[]): LimitSegment[] {
	const segments: LimitSegment[] = [];
	points.forEach((point, index) => {
		const last = segments.at(-1);
		if (!last || (point.rebase && index > 0)) segments.push({ start: index, end: index });
		else last.end = index;
	});
	return segments;
}

/** The indexes where limits are recalculated (the first point never counts). */
export function rebaseIndexes(points: readonly Pick<SpcPoint, 'rebase'>[]): number[] {
	return points.flatMap((point, index) => (point.rebase && index > 0 ? [index] : []));
}

export interface PointContext {
	kind: SpcChartKind;
	target: number | null;
	/** What the markers under the point say (PDSA cycles, notes, outreach events). */
	notes: readonly string[];
}

/** The words for one point, used for its aria-label and its tooltip. */
export function pointDescription(point: SpcPoint, formatValue: (value: number) => string, context: PointContext): string[] {
	const lines = [`${point.label}: ${point.value === null ? 'suppressed (*)' : formatValue(point.value)}`];
	const ci = formatCi(point.lower, point.upper, formatValue);
	if (ci) lines.push(ci);
	lines.push(specialCauseLabel(point.specialCause));
	const conflict = conflictNote(point);
	if (conflict) lines.push(conflict);
	if (point.rules.length > 0) lines.push(`Rules: ${point.rules.map(ruleLabel).join('; ')}`);
	if (point.mean !== null) {
		const limits =
			point.lowerLimit !== null && point.upperLimit !== null ? `; process limits ${formatValue(point.lowerLimit)} to ${formatValue(point.upperLimit)}` : '';
		lines.push(`${centreLineName(context.kind)} ${formatValue(point.mean)}${limits}`);
	}
	if (context.target !== null) lines.push(`Target ${formatValue(context.target)}`);
	if (point.ghosted) lines.push('Ghosted: shown but left out of the calculations');
	if (point.rebase) lines.push('Limits recalculated from this point');
	return [...lines, ...context.notes];
}

export interface SpcPointOptions {
	/** A target per point where it changes over time (KPIs); otherwise the chart's target. */
	targets?: readonly (number | null)[];
	markers?: readonly ChartMarker[];
}

export function spcPoints(chart: SpcChart, formatValue: (value: number) => string, options: SpcPointOptions = {}): SpcChartPoint[] {
	const targets = targetsPerPoint(chart.points.length, chart.target, options.targets);
	return chart.points.map((point, index) => ({
		...point,
		index,
		target: targets[index],
		colour: pointColour(point.specialCause),
		description: pointDescription(point, formatValue, {
			kind: chart.kind,
			target: targets[index],
			notes: markerTexts(options.markers ?? spcMarkers(chart), index)
		})
	}));
}

/** The y range the chart must show: every value, CI, line drawn (2σ only when shown) and target. */
export function spcExtent(points: readonly SpcChartPoint[], showTwoSigma: boolean): [number, number] {
	const values = points.flatMap((point) => [
		point.value,
		point.lower,
		point.upper,
		point.mean,
		point.upperLimit,
		point.lowerLimit,
		point.target,
		...(showTwoSigma ? [point.upperTwoSigma, point.lowerTwoSigma] : [])
	]);
	const [min, max] = extent(values) ?? [0, 1];
	// A flat series gets room around it, so its line is not drawn on the plot's edge.
	if (min === max) return min === 0 ? [0, 1] : [min - Math.abs(min) * 0.1, max + Math.abs(max) * 0.1];
	return [min, max];
}

export interface TargetStep {
	x: number;
	y: number | null;
}

/**
 * The target as a stepped line over x: flat across each period (index ± ½), stepping at the
 * boundary between periods; y is null (a break) where a period has no target.
 */
export function targetSteps(points: readonly Pick<SpcChartPoint, 'index' | 'target'>[]): TargetStep[] {
	return points.flatMap(({ index, target }): TargetStep[] =>
		target === null
			? [{ x: index, y: null }]
			: [
					{ x: index - 0.5, y: target },
					{ x: index + 0.5, y: target }
				]
	);
}

/** Indexes to label on the x axis so labels sit at least `minGapPx` apart; first always. */
export function tickIndexes(count: number, widthPx: number, minGapPx: number): number[] {
	if (count <= 0) return [];
	const perTick = Math.max(1, Math.ceil((minGapPx * count) / Math.max(widthPx, 1)));
	// Whole quarters or years read better than odd steps.
	const step = [1, 3, 6, 12, 24, 36, 60].find((candidate) => candidate >= perTick) ?? perTick;
	const ticks: number[] = [];
	for (let index = 0; index < count; index += step) ticks.push(index);
	return ticks;
}
