/**
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
 * are prefixed with a quote so an opened file never executes anything; negative numbers stay numbers.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would read this text as a formula rather than as text or a number. */
export function looksLikeFormula(text: string): boolean {
	return FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text);
}

export function neutraliseCell(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	const text = String(cell);
	const safe = looksLikeFormula(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
