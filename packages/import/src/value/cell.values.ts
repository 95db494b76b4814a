import { isValidNhsNumber } from '@hub/seed';

/** A cell read as a value of its column's type, or the rule it broke (said without the value; the caller names both). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; rule: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const broke = <T>(rule: string): Parsed<T> => ({ ok: false, rule });

/**
 * A calendar date written as services export it: ISO (2024-03-05) or day first (05/03/2024,
 * 5/3/2024, 05-03-2024). Month-first dates are never guessed: 03/05/2024 is 3 May.
 */
export function parseDate(text: string): Parsed<string> {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (!parts) return broke('is not a date: write it as YYYY-MM-DD or DD/MM/YYYY');
  const [year, month, day] = parts.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return broke('is not a day of the calendar');
  if (year < 1900) return broke('is before 1900');
  return ok(date.toISOString().slice(0, 10));
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
