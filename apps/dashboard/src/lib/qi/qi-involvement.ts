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
	active: number;
	suppressed: boolean;
}

export function involvementRows(points: readonly InvolvementPoint[]): InvolvementRow[] {
	return points.map((point) => ({
		month: point.month.slice(0, 7),
		share: point.share.suppressed ? null : point.share.estimate,
		lower: point.share.suppressed ? null : point.share.lower,
		upper: point.share.suppressed ? null : point.share.upper,
		involved: point.involvedProjects,
		bigI: point.bigIProjects,
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
		header: ['Month', 'Active projects', 'With involvement', 'Big I', 'Share (%)', 'CI lower (%)', 'CI upper (%)'],
		rows: rows.map((row) => [
			row.month,
			row.active,
			row.involved,
			row.bigI,
			percent(row.share, row.suppressed),
			percent(row.lower, row.suppressed),
			percent(row.upper, row.suppressed)
		])
	};
}
