// Small checks shared by every service. Each throws ReportingInputError naming the field.
import { ReportingInputError } from './reporting.errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function checkIsoDate(value: unknown, field: string): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) throw new ReportingInputError(field, `must be a date written YYYY-MM-DD, got ${describe(value)}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== value) {
    throw new ReportingInputError(field, `is not a calendar date: ${String(value)}`);
  }
  return value as string;
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ReportingInputError(field, `must be one of ${allowed.join(', ')}; got ${describe(value)}`);
}

export function checkInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ReportingInputError(field, `must be a whole number from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

export function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new ReportingInputError(field, `must be true or false, got ${describe(value)}`);
  return value;
}

/** An optional list: each element checked by `check` with its index in the field name. */
export function checkList<T>(value: unknown, field: string, check: (item: unknown, field: string) => T): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ReportingInputError(field, `must be a list, got ${describe(value)}`);
  if (value.length > 1000) throw new ReportingInputError(field, 'must have at most 1,000 values');
  return value.map((item, index) => check(item, `${field}[${index}]`));
}

export function checkPattern(value: unknown, pattern: RegExp, field: string): string {
  if (typeof value === 'string' && pattern.test(value)) return value;
  throw new ReportingInputError(field, `must match ${pattern.source}, got ${describe(value)}`);
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'a list' : typeof value;
}
