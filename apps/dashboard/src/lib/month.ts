/** A calendar month as "YYYY-MM", the form used in the URL and by <input type="month">. */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
// Bounds only guard against absurd URLs that would draw thousands of empty months.
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2099;

export function isYearMonth(value: string): value is YearMonth {
	const match = YEAR_MONTH.exec(value);
	if (!match) return false;
	const year = Number(match[1]);
	return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

function parts(month: YearMonth): [year: number, month: number] {
	const [year, monthOfYear] = month.split('-').map(Number);
	return [year, monthOfYear];
}

/** "2019-04-01" → "2019-04". */
export function monthOfDate(date: string): YearMonth {
	return date.slice(0, 7);
}

export function firstDayOfMonth(month: YearMonth): string {
	return `${month}-01`;
}

export function lastDayOfMonth(month: YearMonth): string {
	const [year, monthOfYear] = parts(month);
	// Day 0 of the next month is the last day of this one.
	const lastDay = new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate();
	return `${month}-${String(lastDay).padStart(2, '0')}`;
}

/** Midnight local time on the first of the month, for time scales drawn in the browser. */
export function monthStart(month: YearMonth): Date {
	const [year, monthOfYear] = parts(month);
	return new Date(year, monthOfYear - 1, 1);
}
