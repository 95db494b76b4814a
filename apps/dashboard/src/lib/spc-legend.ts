/** Which parts an SPC chart draws, so its key lists exactly those. */
import { rebaseIndexes } from './spc-geometry';
import { centreLineName } from './spc-table';
import type { SpcChart } from './queries/analytics.fragments';

export interface SpcLegendItems {
	centreLine: string;
	limits: boolean;
	twoSigma: boolean;
	target: boolean;
	causes: 'directional' | 'neither';
	rebase: boolean;
	ghosted: boolean;
	pdsa: boolean;
	notes: boolean;
}

export function legendItems(chart: SpcChart, showTwoSigma: boolean, hasTarget: boolean): SpcLegendItems {
	const limits = chart.kind !== 'RUN' && chart.points.some((point) => point.upperLimit !== null || point.lowerLimit !== null);
	return {
		centreLine: centreLineName(chart.kind),
		limits,
		twoSigma: limits && showTwoSigma,
		target: hasTarget,
		causes: chart.direction === 'NEITHER' ? 'neither' : 'directional',
		rebase: rebaseIndexes(chart.points).length > 0,
		ghosted: chart.points.some((point) => point.ghosted),
		pdsa: chart.points.some((point) => point.pdsaCycles.length > 0),
		notes: chart.points.some((point) => point.annotations.length > 0)
	};
}
