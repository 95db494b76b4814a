import { financialYearStart } from '@hub/analytics';

/**
 * Dates as whole days since 1970-01-01 (UTC). Generating millions of rows with Date objects
 * is slow, and day numbers make waits and weekly sessions plain additions.
 */
const MS_PER_DAY = 86_400_000;
const FIRST_CACHED = dayOf('2000-01-01');
const LAST_CACHED = dayOf('2040-12-31');
const isoCache: string[] = [];
const financialYearCache: number[] = [];

export function dayOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function isoDay(day: number): string {
  if (day >= FIRST_CACHED && day <= LAST_CACHED) {
    const index = day - FIRST_CACHED;
    return (isoCache[index] ??= new Date(day * MS_PER_DAY).toISOString().slice(0, 10));
  }
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (day + 4) % 7;
}

/** The first day of the month `months` after the month holding `day`. */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / MS_PER_DAY);
}

/** The financial year (April to March) a day falls in, named by its first year: 2018 = 2018/19. */
export function financialYear(day: number): number {
  if (day < FIRST_CACHED || day > LAST_CACHED) return financialYearStart(isoDay(day));
  // Millions of referrals ask this of a few thousand days: parse each day's date once.
  return (financialYearCache[day - FIRST_CACHED] ??= financialYearStart(isoDay(day)));
}

/** The service's life in the synthetic town: opening day to the last day with data. */
export const SERVICE_OPENED = dayOf('2018-04-01');
export const DATA_UNTIL = dayOf('2025-03-31');
export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2024;
