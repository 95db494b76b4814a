/** Which parts an SPC chart draws, so its key lists exactly those. */
import { centreLineName, rebaseIndexes } from './spc-chart';
import type { ChartMarker } from './spc-markers';
import type { SpcChart } from '$lib/queries/analytics.fragments';

export interface SpcLegendItems {
	centreLine: string;
	limits: boolean;
	twoSigma: boolean;
	target: boolean;
	ci: boolean;
	causes: 'directional' | 'neither';
	rebase: boolean;
	ghosted: boolean;
	pdsa: boolean;
	notes: boolean;
	events: boolean;
}

export interface LegendContext {
	showTwoSigma: boolean;
	hasTarget: boolean;
	markers: readonly ChartMarker[];
}

export function legendItems(chart: SpcChart, { showTwoSigma, hasTarget, markers }: LegendContext): SpcLegendItems {
	const limits = chart.kind !== 'RUN' && chart.points.some((point) => point.upperLimit !== null || point.lowerLimit !== null);
	const marked = (kind: ChartMarker['kind']) => markers.some((marker) => marker.kind === kind);
	return {
		centreLine: centreLineName(chart.kind),
		limits,
		twoSigma: limits && showTwoSigma,
		target: hasTarget,
		ci: chart.points.some((point) => point.lower !== null && point.upper !== null),
		causes: chart.direction === 'NEITHER' ? 'neither' : 'directional',
		rebase: rebaseIndexes(chart.points).length > 0,
		ghosted: chart.points.some((point) => point.ghosted),
		pdsa: marked('pdsa'),
		notes: marked('note'),
		events: marked('event')
	};
}
