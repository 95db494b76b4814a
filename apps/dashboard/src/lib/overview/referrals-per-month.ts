/**
 * The sum of published counts, e.g. referrals over the months of a chart. The counts are rounded
 * to 5 and withheld ones (null) add nothing, so label it as a sum of rounded counts, not a total.
 */
export function totalReferrals(rows: readonly { count: number | null }[]): number {
	return rows.reduce((total, row) => total + (row.count ?? 0), 0);
}
