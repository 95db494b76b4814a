import type { MonthlyReferralCount } from './hub-api.types';
import { monthOfDate, monthsBetween, monthStart, type YearMonth } from './month';

export interface MonthlyReferrals {
	month: YearMonth;
	count: number;
}

export interface MonthlyReferralPoint extends MonthlyReferrals {
	date: Date;
}

/**
 * One entry per month, oldest first, with 0 for months the API left out.
 * The run covers the requested period where one is given, otherwise the months with referrals.
 */
export function fillMonthlyReferrals(
	counts: readonly MonthlyReferralCount[],
	period: { from: YearMonth | null; to: YearMonth | null }
): MonthlyReferrals[] {
	const byMonth = new Map<YearMonth, number>();
	for (const { month, count } of counts) {
		const key = monthOfDate(month);
		byMonth.set(key, (byMonth.get(key) ?? 0) + count);
	}
	const known = [...byMonth.keys()].sort();
	const from = period.from ?? known[0];
	const to = period.to ?? known[known.length - 1];
	if (!from || !to) return [];
	return monthsBetween(from, to).map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
}

export function totalReferrals(rows: readonly { count: number }[]): number {
	return rows.reduce((total, row) => total + row.count, 0);
}

/** Adds the Date a time scale needs; done in the browser so the month never shifts with time zone. */
export function toMonthlyReferralPoints(rows: readonly MonthlyReferrals[]): MonthlyReferralPoint[] {
	return rows.map((row) => ({ ...row, date: monthStart(row.month) }));
}
