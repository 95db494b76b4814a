/**
 * One description of a chart's data that both the "Show as table" view and the CSV download
 * are made from, so the file always holds the rows shown. A null numeric cell is suppressed or
 * not computable, and is shown (and written) as "*".
 */
import type { CsvCell } from './csv';
import { formatDecimal, formatPercent, formatSignedPercent, formatSuppressed, SUPPRESSED } from './format';

export type ColumnKind = 'text' | 'count' | 'percent' | 'signedPercent' | 'decimal' | 'ratio';

export interface TableColumn {
	label: string;
	kind: ColumnKind;
}

export type TableCell = string | number | null;

export interface TableModel {
	caption: string;
	columns: TableColumn[];
	rows: TableCell[][];
}

export function formatTableCell(kind: ColumnKind, value: TableCell): string {
	if (kind === 'text') return value === null ? '' : String(value);
	if (typeof value !== 'number') return value ?? SUPPRESSED;
	if (kind === 'count') return formatSuppressed(value);
	if (kind === 'percent') return formatPercent(value, 1);
	if (kind === 'signedPercent') return formatSignedPercent(value, 1);
	if (kind === 'ratio') return formatDecimal(value, 2);
	return formatDecimal(value, 1);
}

function csvValue(kind: ColumnKind, value: TableCell): CsvCell {
	if (kind === 'text') return value;
	if (typeof value !== 'number' || !Number.isFinite(value)) return value ?? SUPPRESSED;
	// Percent columns are written as percentages (91.2), with the unit in the header.
	if (kind === 'percent' || kind === 'signedPercent') return Math.round(value * 1000) / 10;
	if (kind === 'count') return value;
	return Math.round(value * 1000) / 1000;
}

function csvHeader(column: TableColumn): string {
	return column.kind === 'percent' || column.kind === 'signedPercent' ? `${column.label} (%)` : column.label;
}

export function tableCsv(model: TableModel): { header: string[]; rows: CsvCell[][] } {
	return {
		header: model.columns.map(csvHeader),
		rows: model.rows.map((row) => row.map((cell, index) => csvValue(model.columns[index].kind, cell)))
	};
}

/** Whether any number in the table is hidden, so the suppression note is needed. */
export function hasSuppressedCell(model: TableModel): boolean {
	return model.rows.some((row) => row.some((cell, index) => model.columns[index].kind !== 'text' && cell === null));
}
