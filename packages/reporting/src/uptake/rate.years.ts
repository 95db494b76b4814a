// How many years a rate is over (docs/methods.md, "Rates per ward"). Rates are published per
// year, so a period of several years gives the average annual rate, events ÷ (residents × years).
import type { ResolvedFilter } from '../filter/report.filter.js';
import type { SqlRunner } from '../sql/sql.runner.js';

const DAY = 86_400_000;

/**
 * Years from `from` to `to`, both ISO dates and inclusive. Each calendar month counts 1/12, in
 * proportion to its days inside the period, so a financial year is exactly 1 whether or not it
 * holds 29 February.
 */
export function yearsInPeriod(from: string, to: string): number {
  const end = Date.parse(`${to}T00:00:00Z`);
  let cursor = Date.parse(`${from}T00:00:00Z`);
  let months = 0;
  while (cursor <= end) {
    const day = new Date(cursor);
    const monthStart = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
    const nextMonth = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
    const last = Math.min(nextMonth - DAY, end);
    months += ((last - cursor) / DAY + 1) / ((nextMonth - monthStart) / DAY);
    cursor = nextMonth;
  }
  return months / 12;
}

/**
 * The years of the filter's period; without a period, of the financial years (April to March)
 * from the first referral the hub holds to the last. Null when there is neither.
 */
export async function rateYears(runner: SqlRunner, filter: ResolvedFilter): Promise<number | null> {
  if (filter.period) return yearsInPeriod(filter.period.from, filter.period.to);
  const [span] = await runner.query<{ from: string | null; to: string | null }>(`
    select make_date(extract(year from min(received_on) - interval '3 months')::int, 4, 1)::text as "from",
      make_date(extract(year from max(received_on) - interval '3 months')::int + 1, 3, 31)::text as "to"
    from referral_fact`);
  return span.from && span.to ? yearsInPeriod(span.from, span.to) : null;
}
