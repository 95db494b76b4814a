/** The total of a list of counts, e.g. referrals over the months of a chart. */
export function totalReferrals(rows: readonly { count: number }[]): number {
	return rows.reduce((total, row) => total + row.count, 0);
}
