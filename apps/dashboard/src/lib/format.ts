import type { YearMonth } from './month';

const LOCALE = 'en-GB';

const shortMonth = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonth = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const count = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });

function utcMonth(month: YearMonth): Date {
	const [year, monthOfYear] = month.split('-').map(Number);
	return new Date(Date.UTC(year, monthOfYear - 1, 1));
}

/** "2019-04" → "Apr 2019". */
export function formatMonthShort(month: YearMonth): string {
	return shortMonth.format(utcMonth(month));
}

/** "2019-04" → "April 2019". */
export function formatMonthLong(month: YearMonth): string {
	return longMonth.format(utcMonth(month));
}

/** 12345 → "12,345". */
export function formatCount(value: number): string {
	return count.format(value);
}

/** Shortens a label to at most `maxChars` characters, ending in "…" when cut. */
export function truncateLabel(label: string, maxChars: number): string {
	if (label.length <= maxChars) return label;
	if (maxChars <= 1) return '…';
	return `${label.slice(0, maxChars - 1).trimEnd()}…`;
}
