/** The share of QI projects with service-user involvement, month by month, ready to draw. */
import type { TableColumn, TableModel } from '$lib/ui/table-model';
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

const INVOLVEMENT_COLUMNS: TableColumn[] = [
	{ label: 'Month', kind: 'text' },
	{ label: 'Active projects', kind: 'count' },
	{ label: 'With involvement', kind: 'count' },
	{ label: 'Big I', kind: 'count' },
	{ label: 'Little i', kind: 'count' },
	{ label: 'Share', kind: 'percent' },
	{ label: 'CI lower', kind: 'percent' },
	{ label: 'CI upper', kind: 'percent' },
	{ label: 'Big I share', kind: 'percent' },
	{ label: 'Little i share', kind: 'percent' }
];

/** The months as a table for the download; a share is null when withheld or with nothing to share. */
export function involvementTable(rows: readonly InvolvementRow[]): TableModel {
	return {
		caption: 'Service-user involvement in QI projects by month',
		columns: INVOLVEMENT_COLUMNS,
		rows: rows.map((row) => [row.month, row.active, row.involved, row.bigI, row.littleI, row.share, row.lower, row.upper, row.bigIShare, row.littleIShare])
	};
}

/** The two kinds of involvement drawn over time, each in its own colour and shape so neither is told by colour alone. */
export const INVOLVEMENT_SERIES = [
	{ key: 'bigIShare', count: 'bigI', label: 'Big I (on the team)', colour: '#1d4ed8', shape: 'circle' },
	{ key: 'littleIShare', count: 'littleI', label: 'little i (consulted)', colour: '#c2410c', shape: 'square' }
] as const;
