/**
 * The most months one series may hold: 1900 to 2100, the span every date argument is held to
 * (common/date.validator.ts). A guard, so a range that slips past the argument checks still ends.
 */
const MAX_MONTHS = 201 * 12;

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
  // Months are counted as numbers, not compared as text: '10000-01-01' sorts before '9999-12-01'.
  const [start, end] = [monthIndex(first), monthIndex(last)];
  if (end - start + 1 > MAX_MONTHS) throw new RangeError(`A monthly series may hold at most ${MAX_MONTHS} months.`);
  const months: Row[] = [];
  for (let index = start; index <= end; index++) {
    const month = monthOfIndex(index);
    months.push(byMonth.get(month) ?? empty(month));
  }
  return months;
}

/** Months since year 0 of a 'YYYY-MM-DD' day (the year may have more than four digits). */
function monthIndex(day: string): number {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return year * 12 + (month - 1);
}

function monthOfIndex(index: number): string {
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}
