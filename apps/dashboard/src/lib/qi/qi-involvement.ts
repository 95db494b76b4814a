/** The share of QI projects with service-user involvement, month by month, ready to draw. */
import type { CsvCell } from '$lib/ui/csv';
import type { InvolvementPoint } from '$lib/queries/qi.queries';

export interface InvolvementRow {
	/** "YYYY-MM". */
	month: string;
	share: number | null;
	lower: number | null;
	upper: number | null;
	involved: number;
	bigI: number;
	littleI: number;
	/** Big I and little i each as a share of active projects; null when withheld. */
	bigIShare: number | null;
	littleIShare: number | null;
	active: number;
	suppressed: boolean;
}

/** A share's estimate, or null when withheld or with no projects to share. */
function estimate(share: InvolvementPoint['share']): number | null {
	return share.suppressed ? null : share.estimate;
}

export function involvementRows(points: readonly InvolvementPoint[]): InvolvementRow[] {
	return points.map((point) => ({
		month: point.month.slice(0, 7),
		share: estimate(point.share),
		lower: point.share.suppressed ? null : point.share.lower,
		upper: point.share.suppressed ? null : point.share.upper,
		involved: point.involvedProjects,
		bigI: point.bigIProjects,
		littleI: point.littleIProjects,
		bigIShare: estimate(point.bigIShare),
		littleIShare: estimate(point.littleIShare),
		active: point.activeProjects,
		suppressed: point.share.suppressed
	}));
}

/** The first and latest months that have a share, for the sentence above the chart. */
export function involvementChange(rows: readonly InvolvementRow[]): { first: InvolvementRow; latest: InvolvementRow } | null {
	const withShare = rows.filter((row) => row.share !== null && row.active > 0);
	if (withShare.length === 0) return null;
	return { first: withShare[0], latest: withShare[withShare.length - 1] };
}

/** Shares as percentages with one decimal, so the file reads like the table; "*" when suppressed. */
function percent(value: number | null, suppressed: boolean): CsvCell {
	if (suppressed) return '*';
	return value === null ? null : Math.round(value * 1000) / 10;
}

export function involvementCsv(rows: readonly InvolvementRow[]): { header: string[]; rows: CsvCell[][] } {
	return {
		header: [
			'Month',
			'Active projects',
			'With involvement',
			'Big I',
			'Little i',
			'Share (%)',
			'CI lower (%)',
			'CI upper (%)',
			'Big I share (%)',
			'Little i share (%)'
		],
		rows: rows.map((row) => [
			row.month,
			row.active,
			row.involved,
			row.bigI,
			row.littleI,
			percent(row.share, row.suppressed),
			percent(row.lower, row.suppressed),
			percent(row.upper, row.suppressed),
			percent(row.bigIShare, row.suppressed),
			percent(row.littleIShare, row.suppressed)
		])
	};
}

/** The two kinds of involvement drawn over time, each in its own colour and shape so neither is told by colour alone. */
export const INVOLVEMENT_SERIES = [
	{ key: 'bigIShare', count: 'bigI', label: 'Big I (on the team)', colour: '#1d4ed8', shape: 'circle' },
	{ key: 'littleIShare', count: 'littleI', label: 'little i (consulted)', colour: '#c2410c', shape: 'square' }
] as const;
