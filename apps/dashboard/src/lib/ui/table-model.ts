/**
 * One description of a chart's data that both the "Show as table" view and the CSV download
 * (lib/export/table-download.ts) are made from, so the file always holds the rows shown. A null numeric cell is suppressed or
 * not computable, and is shown (and written) as "*".
 */
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

/** Whether any number in the table is hidden, so the suppression note is needed. */
export function hasSuppressedCell(model: TableModel): boolean {
	return model.rows.some((row) => row.some((cell, index) => model.columns[index].kind !== 'text' && cell === null));
}
