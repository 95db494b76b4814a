import { LocalDateResolver } from 'graphql-scalars';

/** Calendar dates with no time or zone, written 'YYYY-MM-DD'; impossible dates such as 2020-13-40 are refused. */
export const LocalDate = LocalDateResolver;
