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

function fromIndex(index: number): YearMonth {
	const year = Math.floor(index / 12);
	const monthOfYear = (index % 12) + 1;
	return `${String(year).padStart(4, '0')}-${String(monthOfYear).padStart(2, '0')}`;
}

function toIndex(month: YearMonth): number {
	const [year, monthOfYear] = parts(month);
	return year * 12 + monthOfYear - 1;
}

/** "2019-04-01" → "2019-04". */
export function monthOfDate(date: string): YearMonth {
	return date.slice(0, 7);
}

export function addMonths(month: YearMonth, count: number): YearMonth {
	return fromIndex(toIndex(month) + count);
}

/** Every month from `from` to `to`, both included; empty when `from` is after `to`. */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
	const months: YearMonth[] = [];
	for (let index = toIndex(from); index <= toIndex(to); index++) months.push(fromIndex(index));
	return months;
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

/** The month a local-time Date falls in; the inverse of monthStart. */
export function monthOfLocalDate(date: Date): YearMonth {
	return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
