import { isValidNhsNumber } from '@hub/seed';

/** A cell read as a value of its column's type, or the rule it broke (said without the value; the caller names both). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; rule: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const broke = <T>(rule: string): Parsed<T> => ({ ok: false, rule });

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A calendar date written as services export it: ISO (2024-03-05) or day first (05/03/2024,
 * 5/3/2024, 05-03-2024). Month-first dates are never guessed: 03/05/2024 is 3 May.
 */
export function parseDate(text: string): Parsed<string> {
  const iso = ISO_DATE.exec(text);
  const dayFirst = iso ? null : DAY_FIRST_DATE.exec(text);
  if (!iso && !dayFirst) return broke('is not a date: write it as YYYY-MM-DD or DD/MM/YYYY');
  const year = Number(iso ? iso[1] : dayFirst![3]);
  const month = Number(iso ? iso[2] : dayFirst![2]);
  const day = Number(iso ? iso[3] : dayFirst![1]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return broke('is not a day of the calendar');
  if (year < 1900) return broke('is before 1900');
  // Built by hand rather than through Date: an import reads up to four dates a row, thousands of rows a second.
  return ok(`${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`);
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

export function parseYear(text: string, latest: number): Parsed<number> {
  if (!/^\d{4}$/.test(text)) return broke('is not a four-digit year');
  const year = Number(text);
  if (year < 1900 || year > latest) return broke(`must be from 1900 to ${latest}`);
  return ok(year);
}

export function parseNumber(text: string): Parsed<number> {
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return broke('is not a number');
  return ok(Number(text));
}

/**
 * An NHS number with the spaces or dashes services print it with (943 476 5919). The reason
 * never repeats the number: it is personal data that must not reach the database or a log.
 */
export function parseNhsNumber(text: string): Parsed<string> {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return broke('must be 10 digits');
  if (!isValidNhsNumber(digits)) return broke('check digit is wrong');
  return ok(digits);
}
