/**
 * CSV for the "Download data" button of every chart. Cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) are prefixed with a quote so an
 * opened file never executes anything; negative numbers stay numbers.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	const text = String(cell);
	const safe = FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
	return [header, ...rows].map((row) => row.map(neutraliseCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name from a chart title: lower case, hyphens, no characters a file system dislikes. */
export function csvFileName(title: string): string {
	const slug = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug || 'data'}.csv`;
}
