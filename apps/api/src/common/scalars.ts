import { LocalDateResolver } from 'graphql-scalars';

/** Calendar dates with no time or zone, written 'YYYY-MM-DD'; impossible dates such as 2020-13-40 are refused. */
export const LocalDate = LocalDateResolver;

/** Instants in time, written as ISO 8601 with a zone, e.g. 2026-11-30T09:15:00.000Z. */
export { DateTimeResolver as DateTime } from 'graphql-scalars';
