/**
 * Shapes an MDC SPC chart from the API (docs/methods.md, "SPC (Making Data Count)") for the dashboard's process charts:
 * one point per period, coloured by special cause, with the words its tooltip and
 * aria-label say. x is the point's index, so a month never shifts with the time zone.
 */
import { formatCi, formatMonthLong, formatMonthShort } from './format';
import type { OutreachEvent } from './hub-api.types';
import { monthOfDate, type YearMonth } from './month';
import { pointColour, pointDescription } from './spc-icons';
import type { SpcChart, SpcPoint } from './spc-types';
import type { TableModel } from './table-model';

export interface ProcessPoint {
	index: number;
	month: YearMonth;
	value: number | null;
	mean: number | null;
	upperLimit: number | null;
	lowerLimit: number | null;
	/** Per-point 95% CI, where the value is a proportion. */
	lower: number | null;
	upper: number | null;
	colour: string;
	ghosted: boolean;
	/** One line per fact, for the tooltip; joined for the aria-label. */
	description: string[];
}

export function processPoints(chart: SpcChart, formatValue: (value: number) => string): ProcessPoint[] {
	return chart.points.map((point, index) => {
		const month = monthOfDate(point.period);
		const description = pointDescription({ ...point, label: formatMonthLong(month) }, formatValue);
		const ci = formatCi(point.lower, point.upper, formatValue);
		if (ci) description.splice(1, 0, ci);
		return {
			index,
			month,
			value: point.value,
			mean: point.mean,
			upperLimit: point.upperLimit,
			lowerLimit: point.lowerLimit,
			lower: point.lower,
			upper: point.upper,
			colour: pointColour(point.specialCause),
			ghosted: point.ghosted,
			description
		};
	});
}

/** The y range the chart must show: every value, CI, limit and the target. */
export function processExtent(points: readonly ProcessPoint[], target: number | null): [number, number] {
	const values = points.flatMap((point) => [point.value, point.lower, point.upper, point.upperLimit, point.lowerLimit, point.mean]);
	const numbers = [...values, target].filter((value): value is number => value !== null && Number.isFinite(value));
	if (numbers.length === 0) return [0, 1];
	return [Math.min(0, ...numbers), Math.max(...numbers)];
}

/** Indexes to label on the x axis so labels sit at least `minGapPx` apart; first always. */
export function tickIndexes(count: number, widthPx: number, minGapPx: number): number[] {
	if (count <= 0) return [];
	const perTick = Math.max(1, Math.ceil((minGapPx * count) / Math.max(widthPx, 1)));
	// Whole quarters or years read better than odd steps.
	const step = [1, 3, 6, 12, 24, 36, 60].find((candidate) => candidate >= perTick) ?? perTick;
	const ticks: number[] = [];
	for (let index = 0; index < count; index += step) ticks.push(index);
	return ticks;
}

export function monthTickLabel(points: readonly Pick<ProcessPoint, 'month'>[], index: number): string {
	const point = points[Math.round(index)];
	return point ? formatMonthShort(point.month) : '';
}

function limitColumns(label: string): TableModel['columns'] {
	return [
		{ label: 'Month', kind: 'text' },
		{ label, kind: 'count' },
		{ label: 'Mean', kind: 'decimal' },
		{ label: 'Lower process limit', kind: 'decimal' },
		{ label: 'Upper process limit', kind: 'decimal' },
		{ label: 'Variation', kind: 'text' }
	];
}

function variationWords(point: SpcPoint): string {
	if (point.specialCause === 'IMPROVEMENT') return 'Special cause improvement';
	if (point.specialCause === 'CONCERN') return 'Special cause concern';
	if (point.specialCause === 'NEITHER') return 'Special cause (neither)';
	return 'Common cause';
}

export function referralSpcTable(chart: SpcChart): TableModel {
	return {
		caption: 'Referrals per month with process limits',
		columns: limitColumns('Referrals'),
		rows: chart.points.map((point) => [
			formatMonthLong(monthOfDate(point.period)),
			point.value,
			point.mean,
			point.lowerLimit,
			point.upperLimit,
			variationWords(point)
		])
	};
}

/** Outreach events grouped by the month they were held in. */
export function eventsByMonth(events: readonly OutreachEvent[]): Map<YearMonth, OutreachEvent[]> {
	const byMonth = new Map<YearMonth, OutreachEvent[]>();
	for (const event of [...events].sort((a, b) => a.heldOn.localeCompare(b.heldOn))) {
		const month = monthOfDate(event.heldOn);
		byMonth.set(month, [...(byMonth.get(month) ?? []), event]);
	}
	return byMonth;
}

export function describeEvent(event: OutreachEvent): string {
	const where = [event.community, event.ward?.name].filter(Boolean).join(', ');
	return `${event.title}${where ? ` (${where})` : ''}: ${event.attendance} attended, ${event.referralCount} referrals`;
}

export interface EventMarker {
	index: number;
	month: YearMonth;
	count: number;
	description: string[];
}

/** One marker per charted month that had outreach events, listing them. */
export function eventMarkers(points: readonly Pick<ProcessPoint, 'index' | 'month'>[], byMonth: Map<YearMonth, OutreachEvent[]>): EventMarker[] {
	return points.flatMap((point) => {
		const events = byMonth.get(point.month);
		if (!events?.length) return [];
		const heading = `${formatMonthLong(point.month)}: ${events.length} outreach ${events.length === 1 ? 'event' : 'events'}`;
		return [{ index: point.index, month: point.month, count: events.length, description: [heading, ...events.map(describeEvent)] }];
	});
}

export function bameShareTable(chart: SpcChart, byMonth: Map<YearMonth, OutreachEvent[]>): TableModel {
	return {
		caption: 'Share of referrals from Black, Asian and minority-ethnic groups per month',
		columns: [
			{ label: 'Month', kind: 'text' },
			{ label: 'BAME share', kind: 'percent' },
			{ label: '95% CI lower', kind: 'percent' },
			{ label: '95% CI upper', kind: 'percent' },
			{ label: 'BAME referrals', kind: 'count' },
			{ label: 'Referrals with ethnicity', kind: 'count' },
			{ label: 'Variation', kind: 'text' },
			{ label: 'Outreach events', kind: 'text' }
		],
		rows: chart.points.map((point) => {
			const month = monthOfDate(point.period);
			return [
				formatMonthLong(month),
				point.value,
				point.lower,
				point.upper,
				point.numerator,
				point.denominator,
				variationWords(point),
				(byMonth.get(month) ?? []).map((event) => event.title).join('; ')
			];
		})
	};
}
