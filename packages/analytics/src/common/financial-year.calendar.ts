// UK financial years run 1 April to 31 March: 2019/20 starts 1 April 2019.

export type FinancialQuarter = 1 | 2 | 3 | 4;

/**
 * Accepts an ISO date string ('2019-04-01', read as a calendar date with no
 * time-zone shift) or a Date (read in UTC, as the database stores dates).
 */
export function financialYear(date: Date | string): string {
  return financialYearLabel(financialYearStart(date));
}

/** The calendar year a date's financial year starts in: 2020 for any day from 1 April 2020 to 31 March 2021. */
export function financialYearStart(date: Date | string): number {
  const { year, month } = calendarParts(date);
  return month >= 4 ? year : year - 1;
}

/** '2019/20' is a financial year; '2019/21' and '2019-20' are not. */
export function isFinancialYear(label: string): boolean {
  const match = FINANCIAL_YEAR.exec(label);
  return match !== null && Number(match[2]) === (Number(match[1]) + 1) % 100;
}

/** Every financial year from the one holding `first` to the one holding `last`, oldest first. */
export function financialYearsBetween(first: Date | string, last: Date | string): string[] {
  const years: string[] = [];
  for (let year = financialYearStart(first); year <= financialYearStart(last); year++) years.push(financialYearLabel(year));
  return years;
}

/** Q1 is April–June, Q4 is January–March. */
export function financialQuarter(date: Date | string): FinancialQuarter {
  const { month } = calendarParts(date);
  return (Math.floor(((month + 8) % 12) / 3) + 1) as FinancialQuarter;
}

/** First and last calendar dates of a financial year written '2019/20'. */
export function financialYearRange(label: string): { start: string; end: string } {
  if (!isFinancialYear(label)) throw new RangeError(`financial year must look like '2019/20', got '${label}'`);
  const startYear = Number(label.slice(0, 4));
  return { start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
}

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
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
