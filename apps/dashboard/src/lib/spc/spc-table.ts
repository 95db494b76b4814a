/**
 * The table view and CSV of an SPC chart, as one TableModel: one row per period, with the
 * columns the chart carries (a CI, the counts behind a share, limits, a target) and the words
 * its tooltips say. Null is kept for a withheld value only, so the suppression note is exact;
 * a line that is not drawn at a period is left empty.
 */
import { centreLineName, targetsPerPoint } from './spc-chart';
import { conflictNote, ruleLabel, specialCauseLabel } from './spc-icons';
import { markerTexts, spcMarkers, type ChartMarker } from './spc-markers';
import type { SpcChart, SpcPoint } from '$lib/queries/analytics.fragments';
import type { ColumnKind, TableCell, TableColumn, TableModel } from '$lib/ui/table-model';

export interface SpcTableOptions {
	caption: string;
	/** "Month", or "Period" when the periods are quarters or vary. */
	periodHeading?: string;
	valueHeading: string;
	/** How the values (and CIs, centre line, limits, target) are written. */
	valueKind: ColumnKind;
	/** Headings for the counts behind a proportion, when the chart carries them. */
	counts?: { numerator: string; denominator: string };
	/** A target per period where it changes (KPIs); otherwise the chart's target. */
	targets?: readonly (number | null)[];
	/**
	 * Per period, why a missing value is missing when it was not withheld (say "not reported");
	 * such a value is left empty with the reason in the notes, instead of shown as "*".
	 */
	missingReasons?: readonly (string | null)[];
	/** The chart's markers, whose words go in the notes; by default the PDSA cycles and notes the API marks. */
	markers?: readonly ChartMarker[];
}

interface SpcColumn extends TableColumn {
	shown: boolean;
	cell: (point: SpcPoint, index: number) => TableCell;
}

/** An empty cell for a line with no value at this period (not a withheld figure). */
const drawn = (value: number | null): TableCell => value ?? '';

function notes(point: SpcPoint, missingReason: string | null, markerNotes: string[]): string {
	return [
		conflictNote(point) ?? '',
		point.ghosted ? 'Ghosted' : '',
		point.rebase ? 'Limits recalculated' : '',
		point.value === null ? (missingReason ?? '') : '',
		...markerNotes
	]
		.filter(Boolean)
		.join('; ');
}

export function spcTable(chart: SpcChart, options: SpcTableOptions): TableModel {
	const { points } = chart;
	const targets = targetsPerPoint(points.length, chart.target, options.targets);
	const missing = (index: number) => options.missingReasons?.[index] ?? null;
	const markers = options.markers ?? spcMarkers(chart);
	// A run chart has a median and no limits: its limit columns are left out, not filled with blanks.
	const limits = chart.kind !== 'RUN';
	// A mean of counts has decimals worth showing.
	const lineKind: ColumnKind = options.valueKind === 'count' ? 'decimal' : options.valueKind;
	const any = (read: (point: SpcPoint) => unknown) => points.some((point) => read(point) !== null);
	const columns: SpcColumn[] = [
		{ label: options.periodHeading ?? 'Period', kind: 'text', shown: true, cell: (point) => point.label },
		{ label: options.valueHeading, kind: options.valueKind, shown: true, cell: (point, index) => (point.value === null && missing(index) ? '' : point.value) },
		{ label: '95% CI lower', kind: lineKind, shown: any((point) => point.lower), cell: (point) => drawn(point.lower) },
		{ label: '95% CI upper', kind: lineKind, shown: any((point) => point.upper), cell: (point) => drawn(point.upper) },
		{ label: options.counts?.numerator ?? '', kind: 'count', shown: Boolean(options.counts), cell: (point) => point.numerator },
		{ label: options.counts?.denominator ?? '', kind: 'count', shown: Boolean(options.counts), cell: (point) => point.denominator },
		{ label: centreLineName(chart.kind), kind: lineKind, shown: true, cell: (point) => drawn(point.mean) },
		{ label: 'Lower process limit', kind: lineKind, shown: limits && any((point) => point.lowerLimit), cell: (point) => drawn(point.lowerLimit) },
		{ label: 'Upper process limit', kind: lineKind, shown: limits && any((point) => point.upperLimit), cell: (point) => drawn(point.upperLimit) },
		{ label: 'Target', kind: lineKind, shown: targets.some((target) => target !== null), cell: (_, index) => drawn(targets[index]) },
		{ label: 'Variation', kind: 'text', shown: true, cell: (point) => specialCauseLabel(point.specialCause) },
		{ label: 'Rules', kind: 'text', shown: points.some((point) => point.rules.length > 0), cell: (point) => point.rules.map(ruleLabel).join('; ') },
		{ label: 'Notes', kind: 'text', shown: true, cell: (point, index) => notes(point, missing(index), markerTexts(markers, index)) }
	];
	const shown = columns.filter((column) => column.shown);
	return {
		caption: options.caption,
		columns: shown.map(({ label, kind }) => ({ label, kind })),
		rows: points.map((point, index) => shown.map((column) => column.cell(point, index)))
	};
}
