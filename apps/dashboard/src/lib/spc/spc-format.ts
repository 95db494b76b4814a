/** Values of QI measures and KPIs in their own units. */
const LOCALE = 'en-GB';
const upToOneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** (22.04, '%') → "22%"; (21.56, 'days') → "21.6 days"; (12, '') → "12"; null → "*". */
export function formatMeasureValue(value: number | null, unit: string): string {
	if (value === null || !Number.isFinite(value)) return '*';
	const number = upToOneDecimal.format(value);
	if (unit === '%') return `${number}%`;
	return unit ? `${number} ${unit}` : number;
}

/**
 * How a measure's SPC chart and table write its values: every value in its unit, the y axis's
 * numbers with "%" only (any other unit is written once, above the axis).
 */
export function measureFormats(unit: string): { formatValue: (value: number) => string; formatTick: (value: number) => string; unitLabel: string } {
	return {
		formatValue: (value) => formatMeasureValue(value, unit),
		formatTick: (value) => formatMeasureValue(value, unit === '%' ? '%' : ''),
		unitLabel: unit === '%' ? '' : unit
	};
}

/** The heading of a measure's values in its table: "Value (days)", or "Value" with no unit. */
export function measureValueHeading(unit: string): string {
	return unit ? `Value (${unit})` : 'Value';
}

const longDate = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2019-01-07" → "7 January 2019". */
export function formatLocalDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	return longDate.format(new Date(Date.UTC(year, month - 1, day)));
}
