/**
 * Every calendar month from `first` to `last` (first days, 'YYYY-MM-DD'), each with its row
 * where there is one and `empty(month)` where there is none, so a chart shows a month with no
 * referrals as zero rather than joining across it. No months when either end is missing.
 */
export function fillMonths<Row extends { month: string }>(
  rows: readonly Row[],
  first: string | null,
  last: string | null,
  empty: (month: string) => Row,
): Row[] {
  if (first === null || last === null) return [];
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const months: Row[] = [];
  for (let month = firstOfMonth(first); month <= firstOfMonth(last); month = nextMonth(month)) {
    months.push(byMonth.get(month) ?? empty(month));
  }
  return months;
}

/** The first day of the month a 'YYYY-MM-DD' day falls in. */
export const firstOfMonth = (day: string): string => `${day.slice(0, 7)}-01`;

function nextMonth(month: string): string {
  const [year, index] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return index === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${month.slice(0, 5)}${String(index + 1).padStart(2, '0')}-01`;
}
