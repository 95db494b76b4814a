import { monthLabel, monthLabelLong } from '@hub/analytics';
import type { YearMonth } from './month';

const LOCALE = 'en-GB';

const count = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });

/** "2019-04" → "Apr 2019", as the API labels months. */
export function formatMonthShort(month: YearMonth): string {
	return monthLabel(month);
}

/** "2019-04" → "April 2019". */
export function formatMonthLong(month: YearMonth): string {
	return monthLabelLong(month);
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

/** The note shown under any chart or table with a suppressed cell (docs/methods.md, "Disclosure control"). */
export const SUPPRESSION_NOTE = '* = suppressed: counts of 1–7 are hidden and others rounded to the nearest 5 (disclosure control)';

/** What a suppressed (null) figure is shown as. */
export const SUPPRESSED = '*';

const percentFormats = new Map<number, Intl.NumberFormat>();
function percentFormat(digits: number): Intl.NumberFormat {
	let format = percentFormats.get(digits);
	if (!format) {
		format = new Intl.NumberFormat(LOCALE, {
			style: 'percent',
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		percentFormats.set(digits, format);
	}
	return format;
}

/** 0.912 → "91%"; null (suppressed or not computable) → "*". */
export function formatPercent(value: number | null | undefined, digits = 0): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return SUPPRESSED;
	return percentFormat(digits).format(value);
}

/** A relative change with its sign: 0.91 → "+91%", −0.75 → "−75%". */
export function formatSignedPercent(value: number | null | undefined, digits = 0): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return SUPPRESSED;
	const magnitude = percentFormat(digits).format(Math.abs(value));
	if (magnitude === percentFormat(digits).format(0)) return magnitude;
	return `${value > 0 ? '+' : '−'}${magnitude}`;
}

/** A count that disclosure control may have hidden: null → "*", otherwise "1,235". */
export function formatSuppressed(value: number | null | undefined): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return SUPPRESSED;
	return formatCount(value);
}

/** A number with fixed decimals, or "*" when suppressed: (3.14159, 1) → "3.1". */
export function formatDecimal(value: number | null | undefined, digits = 1): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return SUPPRESSED;
	return value.toLocaleString(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * A 95% CI as "95% CI 85% to 96%". `format` writes each limit; an interval with a missing
 * limit is not shown at all rather than half-shown.
 */
export function formatCi(
	lower: number | null | undefined,
	upper: number | null | undefined,
	format: (value: number) => string = (value) => formatPercent(value)
): string {
	if (lower === null || lower === undefined || upper === null || upper === undefined) return '';
	if (!Number.isFinite(lower) || !Number.isFinite(upper)) return '';
	return `95% CI ${format(lower)} to ${format(upper)}`;
}
