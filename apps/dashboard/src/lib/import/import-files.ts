import { neutraliseCell, type CsvCell } from '$lib/ui/csv';

/** A row the import kept aside: its cells by column name, and why. */
export interface QuarantinedRow {
	rowNumber: number;
	row: Record<string, unknown>;
	reasons: readonly string[];
}

/** The reasons column added to the original ones; a corrected file may keep it, since it is not a column the import knows, so it is removed first. */
const REASONS = 'reasons';

function csvLine(cells: readonly CsvCell[]): string {
	return cells.map(neutraliseCell).join(',');
}

/**
 * The quarantined rows as a CSV to correct and import again: the template's columns in order
 * (the ones the file had), any other column it had, then the reasons. Cells a spreadsheet would
 * run as a formula are neutralised, as in every CSV the hub makes.
 */
export function quarantineCsv(templateColumns: readonly string[], rows: readonly QuarantinedRow[]): string {
	const present = new Set(rows.flatMap((row) => Object.keys(row.row)));
	const columns = [...templateColumns.filter((name) => present.has(name)), ...[...present].filter((name) => !templateColumns.includes(name))];
	const lines = [csvLine([...columns, REASONS])];
	for (const { row, reasons } of rows) lines.push(csvLine([...columns.map((name) => textOf(row[name])), reasons.join('; ')]));
	return `${lines.join('\r\n')}\r\n`;
}

/** A template as a CSV: the header row and one example row. */
export function templateCsv(columns: readonly { name: string; example: string }[]): string {
	return `${csvLine(columns.map((column) => column.name))}\r\n${csvLine(columns.map((column) => column.example))}\r\n`;
}

function textOf(value: unknown): string {
	return value === null || value === undefined ? '' : String(value);
}
