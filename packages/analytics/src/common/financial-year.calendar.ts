// UK financial years run 1 April to 31 March: 2019/20 starts 1 April 2019.

export type FinancialQuarter = 1 | 2 | 3 | 4;

/**
 * Accepts an ISO date string ('2019-04-01', read as a calendar date with no
 * time-zone shift) or a Date (read in UTC, as the database stores dates).
 */
export function financialYear(date: Date | string): string {
  const start = financialYearStart(date);
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Q1 is April–June, Q4 is January–March. */
export function financialQuarter(date: Date | string): FinancialQuarter {
  const { month } = calendarParts(date);
  return (Math.floor(((month + 8) % 12) / 3) + 1) as FinancialQuarter;
}

/** First and last calendar dates of a financial year written '2019/20'. */
export function financialYearRange(label: string): { start: string; end: string } {
  const match = /^(\d{4})\/(\d{2})$/.exec(label);
  const startYear = match ? Number(match[1]) : Number.NaN;
  if (!match || Number(match[2]) !== (startYear + 1) % 100) {
    throw new RangeError(`financial year must look like '2019/20', got '${label}'`);
  }
  return { start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
}

function financialYearStart(date: Date | string): number {
  const { year, month } = calendarParts(date);
  return month >= 4 ? year : year - 1;
}

function calendarParts(date: Date | string): { year: number; month: number } {
  if (typeof date === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
    const month = match ? Number(match[2]) : 0;
    if (!match || month < 1 || month > 12) throw new RangeError(`expected an ISO date, got '${date}'`);
    return { year: Number(match[1]), month };
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid Date');
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}
