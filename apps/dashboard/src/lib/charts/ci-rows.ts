/** Rows of a CI chart: a point estimate with a horizontal 95% CI bar, one row per group. */
export interface CiRow {
	key: string;
	label: string;
	estimate: number | null;
	lower: number | null;
	upper: number | null;
	/** Drawn in the warning colour with `flagLabel`, e.g. an under-represented group. */
	flagged: boolean;
	flagLabel: string | null;
	/** One line per fact, for the tooltip; joined for the aria-label. */
	description: string[];
}

/** The x range: every estimate, CI limit and the reference, with 5% room either side. */
export function ciExtent(rows: readonly CiRow[], reference: number | null): [number, number] {
	const values = rows.flatMap((row) => [row.estimate, row.lower, row.upper]);
	const numbers = [...values, reference].filter((value): value is number => value !== null && Number.isFinite(value));
	if (numbers.length === 0) return [0, 1];
	const min = Math.min(...numbers);
	const max = Math.max(...numbers);
	const room = (max - min || Math.abs(max) || 1) * 0.05;
	return [min - room, max + room];
}
