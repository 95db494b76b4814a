/**
 * One model for every file the dashboard hands out, laid out as Fingertips "data download" CSVs:
 * one header row, then tidy rows, with the metadata (indicator, period, filters, definition,
 * disclosure rule, when generated, source) repeated as columns on every row so a machine loads
 * the file without skipping lines. Values are written once, at the precision of their column type.
 */
import type { FigurePolicy } from '$lib/graphql/graphql';
import { neutraliseCell } from '$lib/ui/csv';

/** count: whole number; percent: a fraction written as a percentage to 1 dp; decimal: 1 dp; ratio: 2 dp; date: an ISO date string. */
export type ValueType = 'text' | 'date' | 'count' | 'percent' | 'decimal' | 'ratio';

interface DownloadColumn {
	label: string;
	type: ValueType;
}

/** A filter in words: "Programme" with ["Falls prevention"]. */
export interface FilterChoice {
	label: string;
	values: string[];
}

export interface DownloadMeta {
	title: string;
	definition: string;
	/** The period in words, e.g. "April 2024 to March 2025". */
	period: string;
	filters: FilterChoice[];
	generatedAt: Date;
	disclosureRule: string;
	source: string;
}

/** A cell: a number is formatted by its column's type; a string is written as given (already formatted or a note). */
export type DownloadCell = string | number | null;

export interface Download {
	meta: DownloadMeta;
	columns: DownloadColumn[];
	rows: { cells: DownloadCell[]; valueNote: string }[];
}

/** What a withheld figure's Value note says (docs/methods.md, "Disclosure control"). */
export const SUPPRESSED_VALUE_NOTE = 'Suppressed: fewer than 8';

export const SOURCE = 'Wellbeing Hub (methods: docs/methods.md)';

/** The rule the API applied to this viewer's figures; an anonymous reader of the published view gets the controlled one. */
export function disclosureRule(figures: FigurePolicy | null): string {
	return figures === 'EXACT'
		? 'Exact counts (record-level access): nothing withheld or rounded'
		: 'Counts of 1 to 7 withheld and others rounded to the nearest 5; shares and rates computed from the published counts';
}

const DECIMALS: Partial<Record<ValueType, number>> = { count: 0, percent: 1, decimal: 1, ratio: 2 };

function fixed(value: number, digits: number): string {
	const factor = 10 ** digits;
	// Rounded before toFixed so binary tails (1.005 stored as 1.00499…) round as written; -0 prints as 0.
	const rounded = Math.round(value * factor) / factor || 0;
	return rounded.toFixed(digits);
}

/** A value at its type's precision: (percent, 0.7534883720930232) → "75.3"; null or non-finite → "". */
export function formatValue(type: ValueType, value: DownloadCell): string {
	if (value === null) return '';
	if (typeof value === 'string') return value;
	if (!Number.isFinite(value)) return '';
	if (type === 'percent') return fixed(value * 100, 1);
	const digits = DECIMALS[type];
	return digits === undefined ? String(value) : fixed(value, digits);
}

/** "Programme: Falls prevention; Ward: Abbey", or "None" without filters. */
export function describeFilters(filters: readonly FilterChoice[]): string {
	return filters.length === 0 ? 'None' : filters.map((filter) => `${filter.label}: ${filter.values.join(', ')}`).join('; ');
}

/** 2025-03-01T10:15:00Z: to the second, in UTC, so files from anywhere compare. */
export function formatGenerated(at: Date): string {
	return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function columnHeading(column: DownloadColumn): string {
	return column.type === 'percent' ? `${column.label} (%)` : column.label;
}

const BYTE_ORDER_MARK = '\uFEFF';

const LEADING = ['Indicator', 'Period', 'Filters'];
const TRAILING = ['Value note', 'Definition', 'Disclosure rule', 'Generated', 'Source'];

/** The header and rows as text, metadata columns on every row. */
export function downloadTable(download: Download): string[][] {
	const { meta } = download;
	const leading = [meta.title, meta.period, describeFilters(meta.filters)];
	const trailing = [meta.definition, meta.disclosureRule, formatGenerated(meta.generatedAt), meta.source];
	return [
		[...LEADING, ...download.columns.map(columnHeading), ...TRAILING],
		...download.rows.map((row) => [...leading, ...row.cells.map((cell, index) => formatValue(download.columns[index].type, cell)), row.valueNote, ...trailing])
	];
}

/** The CSV file: CRLF line ends, every cell neutralised against spreadsheet formulas. */
export function downloadCsv(download: Download): string {
	// The byte-order mark makes Excel read the file as UTF-8, so "÷" and "–" in definitions survive.
	return (
		BYTE_ORDER_MARK +
		downloadTable(download)
			.map((row) => row.map(neutraliseCell).join(','))
			.join('\r\n')
			.concat('\r\n')
	);
}
