/**
 * Two columns pasted from a spreadsheet (date and value) read into values a measure can record,
 * each row with the problem that stops it being saved. Dates are read the UK way (01/04/2024 is
 * the 1st of April), as the hub's teams write them.
 */

/** The most values one save takes (the API's limit). */
const MAX_PASTED_VALUES = 1000;

interface PastedRow {
	/** The row's line number in what was pasted, from 1. */
	line: number;
	dateText: string;
	valueText: string;
	/** The day the value is for (ISO), when the date could be read. */
	periodStart: string | null;
	value: number | null;
	problem: string | null;
}

export interface PastedValues {
	rows: PastedRow[];
	/** The header row left out, when the first row was one. */
	header: string | null;
	/** The values of the rows without a problem, oldest first. */
	values: { periodStart: string; value: number | null }[];
	problemCount: number;
	/** A problem with the paste as a whole (too many rows). */
	overall: string | null;
}

export interface PasteOptions {
	/** Today (ISO); a later date is refused. */
	today: string;
	/** True for a T chart: one column of event dates, no values. */
	eventDates?: boolean;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The ISO day for a typed date, or null when it is not one of the spellings taken. */
export function readPastedDate(text: string): string | null {
	const typed = text.trim().replace(/^'/, '');
	let match = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(typed);
	if (match) return isoDay(Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1);
	match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(typed);
	if (match) return isoDay(fullYear(match[3]), Number(match[2]), Number(match[1]));
	match = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?[\s,-]+(\d{2}|\d{4})$/i.exec(typed);
	if (match) return monthNumber(match[2]) ? isoDay(fullYear(match[3]), monthNumber(match[2])!, Number(match[1])) : null;
	match = /^([a-z]+)\.?[\s,'’-]*(\d{2}|\d{4})$/i.exec(typed);
	if (match) return monthNumber(match[1]) ? isoDay(fullYear(match[2]), monthNumber(match[1])!, 1) : null;
	return null;
}

function fullYear(text: string): number {
	return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function monthNumber(name: string): number | null {
	const lower = name.toLowerCase();
	if (lower === 'sept') return 9;
	if (lower.length < 3) return null;
	const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower));
	return index < 0 ? null : index + 1;
}

function isoDay(year: number, month: number, day: number): string | null {
	if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1) return null;
	return date.toISOString().slice(0, 10);
}

/** The number a typed value stands for ("85%", "1,234", "−3"), or null when it is not one. */
export function readPastedNumber(text: string): number | null {
	const typed = text
		.trim()
		.replace(/[\u2212\u2013]/g, '-')
		.replace(/\s/g, '')
		.replace(/%$/, '');
	const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(typed.replace(/^-/, '')) ? typed.replace(/,/g, '') : typed;
	if (!/^-?(\d+\.?\d*|\.\d+)$/.test(plain)) return null;
	return Number(plain);
}

/** A line's cells: split on tabs, else semicolons, else commas (keeping a quoted "1,234" whole). */
export function splitPastedLine(line: string): string[] {
	if (line.includes('\t')) return line.split('\t').map(unquote);
	if (line.includes(';')) return line.split(';').map(unquote);
	const cells: string[] = [];
	for (const match of line.matchAll(/\s*("(?:[^"]|"")*"|[^,]*)\s*(?:,|$)/g)) {
		if (match.index === line.length && cells.length > 0) break;
		cells.push(unquote(match[1]));
	}
	// An unquoted thousands separator splits a value in two: "Apr 2024,1,234" is two cells.
	if (cells.length > 2 && readPastedNumber(cells.slice(1).join(',')) !== null) return [cells[0], cells.slice(1).join(',')];
	return cells;
}

function unquote(cell: string): string {
	const trimmed = cell.trim();
	return trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.length > 1 ? trimmed.slice(1, -1).replace(/""/g, '"').trim() : trimmed;
}

/** What was pasted, row by row, with each row's problem and the values ready to save. */
export function parsePastedValues(text: string, options: PasteOptions): PastedValues {
	const lines = text.split(/\r\n|\r|\n/).map((line, index) => ({ line: index + 1, cells: trimEnd(splitPastedLine(line)) }));
	const filled = lines.filter((entry) => entry.cells.length > 0);
	const first = filled[0];
	const header = first && isHeader(first.cells, options) ? first : null;
	const seen = new Map<string, number>();
	const rows = filled.filter((entry) => entry !== header).map((entry) => readRow(entry.line, entry.cells, options, seen));
	const good = rows.filter((row) => row.problem === null && row.periodStart !== null);
	const values = good.map((row) => ({ periodStart: row.periodStart!, value: row.value })).sort((a, b) => a.periodStart.localeCompare(b.periodStart));
	return {
		rows,
		header: header ? header.cells.join(' | ') : null,
		values,
		problemCount: rows.filter((row) => row.problem !== null).length,
		overall: values.length > MAX_PASTED_VALUES ? `At most ${MAX_PASTED_VALUES} values can be saved at once; this has ${values.length}.` : null
	};
}

function trimEnd(cells: string[]): string[] {
	const kept = [...cells];
	while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
	return kept;
}

function isHeader(cells: string[], options: PasteOptions): boolean {
	if (readPastedDate(cells[0]) !== null) return false;
	return options.eventDates ? /[a-z]/i.test(cells[0]) : readPastedNumber(cells[1] ?? '') === null && /[a-z]/i.test(cells.join(''));
}

function readRow(line: number, cells: string[], options: PasteOptions, seen: Map<string, number>): PastedRow {
	const [dateText = '', valueText = ''] = cells;
	const periodStart = readPastedDate(dateText);
	const value = options.eventDates ? null : readPastedNumber(valueText);
	const problem = rowProblem({ cells, dateText, valueText, periodStart, value }, options, seen.get(periodStart ?? ''));
	if (periodStart && !seen.has(periodStart)) seen.set(periodStart, line);
	return { line, dateText, valueText, periodStart, value, problem };
}

interface RowReading {
	cells: string[];
	dateText: string;
	valueText: string;
	periodStart: string | null;
	value: number | null;
}

function rowProblem(row: RowReading, options: PasteOptions, sameAsLine: number | undefined): string | null {
	const wanted = options.eventDates ? 1 : 2;
	if (row.cells.length > wanted && row.cells.slice(wanted).some(Boolean)) {
		return options.eventDates ? 'Expected one column: the date of the event.' : 'Expected two columns: date and value.';
	}
	if (!row.dateText) return 'No date.';
	if (row.periodStart === null) return `"${row.dateText}" is not a date (write 2024-04-01, 01/04/2024 or Apr 2024).`;
	if (row.periodStart > options.today) return `${row.periodStart} is in the future.`;
	if (sameAsLine !== undefined) return `The same date as line ${sameAsLine}.`;
	if (options.eventDates) return null;
	if (!row.valueText) return 'No value.';
	if (row.value === null) return `"${row.valueText}" is not a number.`;
	return null;
}
