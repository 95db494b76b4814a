import { InvalidArgumentError } from './argument.error.js';

/**
 * Cursors are opaque to callers but are just the sort key of the last row seen, tagged with
 * the kind of list, so a cursor from one list cannot be replayed against another.
 */
export function encodeCursor(kind: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back into its key parts, checking each against a pattern, because the key
 * goes straight into a keyset comparison. Anything unexpected is the caller's error on `after`.
 */
export function decodeCursor(cursor: string, kind: string, parts: readonly CursorPart[]): string[] {
  const decoded = tryParse(cursor);
  const valid =
    Array.isArray(decoded) &&
    decoded.length === parts.length + 1 &&
    decoded[0] === kind &&
    parts.every((isValid, index) => typeof decoded[index + 1] === 'string' && isValid(decoded[index + 1]));
  if (!valid) throw new InvalidArgumentError('after', 'is not a cursor from this list; pass an endCursor this list returned.');
  return (decoded as string[]).slice(1);
}

function tryParse(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return undefined;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Checks one part of a decoded cursor before it reaches SQL. */
export type CursorPart = (part: string) => boolean;

export const ID_PART: CursorPart = (part) => /^[1-9][0-9]{0,17}$/.test(part);
export const YEAR_PART: CursorPart = (part) => /^\d{4}$/.test(part);
export const CODE_PART: CursorPart = (part) => /^[A-Za-z0-9_+-]{1,40}$/.test(part);
/** A real calendar day, so a tampered cursor cannot make the date cast fail inside the query. */
export const DATE_PART: CursorPart = (part) => {
  const day = new Date(`${part}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(part) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(part);
};
