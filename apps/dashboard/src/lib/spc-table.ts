/** The table view and CSV of an SPC chart: one row per period, the same cells in both. */
import type { CsvCell } from './csv';
import { targetsPerPoint } from './spc-geometry';
import { specialCauseLabel, ruleLabel } from './spc-icons';
import type { SpcChart } from './queries/analytics.fragments';
import type { SpcChartKind } from './graphql/graphql';

export interface SpcTable {
	header: string[];
	rows: CsvCell[][];
}

/** "Mean" on XmR and T charts, "Median" on run charts. */
export function centreLineName(kind: SpcChartKind): string {
	return kind === 'RUN' ? 'Median' : 'Mean';
}

/** Numbers stay numbers (rounded to 2 decimals) so a spreadsheet can use them; null stays empty. */
function cell(value: number | null): CsvCell {
	return value === null ? null : Math.round(value * 100) / 100;
}

function pointNotes(ghosted: boolean, rebase: boolean, pdsaCycles: number[], annotations: string[]): string {
	return [
		ghosted ? 'Ghosted' : '',
		rebase ? 'Limits recalculated' : '',
		...pdsaCycles.map((sequence) => `PDSA cycle ${sequence} started`),
		...annotations
	]
		.filter(Boolean)
		.join('; ');
}

export interface SpcTableOptions {
	/** A target per period where it changes (KPIs); otherwise the chart's target is used. */
	targets?: readonly (number | null)[];
	/**
	 * Per period, why a missing value is missing when it was not suppressed (say "not reported");
	 * such a value is left empty with the reason in the notes, instead of shown as "*".
	 */
	missingReasons?: readonly (string | null)[];
}

export function spcTable(chart: SpcChart, unit: string, options: SpcTableOptions = {}): SpcTable {
	const target = targetsPerPoint(chart.points.length, chart.target, options.targets);
	const missing = (index: number) => options.missingReasons?.[index] ?? null;
	const header = [
		'Period',
		unit ? `Value (${unit})` : 'Value',
		centreLineName(chart.kind),
		'Lower process limit',
		'Upper process limit',
		'Target',
		'Variation',
		'Rules',
		'Notes'
	];
	const rows = chart.points.map((point, index) => [
		point.label,
		point.value === null ? (missing(index) ? null : '*') : cell(point.value),
		cell(point.mean),
		cell(point.lowerLimit),
		cell(point.upperLimit),
		cell(target[index]),
		specialCauseLabel(point.specialCause),
		point.rules.map(ruleLabel).join('; '),
		pointNotes(point.ghosted, point.rebase, point.pdsaCycles, [
			...(point.value === null && missing(index) ? [missing(index) as string] : []),
			...point.annotations
		])
	]);
	return { header, rows };
}

/** Whether any value shows as "*": missing and not explained by `missingReasons`. */
export function hasSuppressedValue(chart: SpcChart, missingReasons?: readonly (string | null)[]): boolean {
	return chart.points.some((point, index) => point.value === null && !missingReasons?.[index]);
}
