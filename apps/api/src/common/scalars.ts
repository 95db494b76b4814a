import { createRequire } from 'node:module';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import type { GraphQLScalarType as ScalarType, GraphQLScalarTypeConfig, ValueNode } from 'graphql';
import { yearOutOfRange } from './date.validator.js';

/**
 * graphql-js as type-graphql loads it (CommonJS). A bundler can hand this file the ESM build
 * instead, and graphql-js refuses to build a schema from a mix of the two.
 */
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * A date scalar of graphql-scalars with its year held to the range every date argument
 * accepts. What callers send is checked in full. An answer already written as `written` is
 * sent as it is: answers are PostgreSQL's dates and the hub's own, which cannot be impossible,
 * and graphql-scalars' check builds a Date for each, which cost more per aggregate cell than the
 * rest of the cell's mapping together.
 */
function boundedDate(scalar: ScalarType, yearOf: (value: unknown) => number | null, written?: RegExp): ScalarType {
  const config = scalar.toConfig() as GraphQLScalarTypeConfig<unknown, unknown>;
  const inRange = (value: unknown, node?: ValueNode) => {
    const year = yearOf(value);
    const problem = year === null ? null : yearOutOfRange(year);
    if (problem) throw new graphql.GraphQLError(`Value is not a valid ${scalar.name}: ${problem}`, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  };
  return new graphql.GraphQLScalarType({
    ...config,
    description: `${config.description ?? ''} Years 1900 to 2100 only.`.trim(),
    serialize: written ? (value) => (typeof value === 'string' && written.test(value) ? value : config.serialize!(value)) : config.serialize,
    parseValue: (value) => inRange(config.parseValue!(value)),
    parseLiteral: (node, variables) => inRange(config.parseLiteral!(node, variables), node),
  });
}

const yearOfDay = (value: unknown) => (typeof value === 'string' ? Number(value.split('-')[0]) : null);
const yearOfInstant = (value: unknown) => (value instanceof Date ? value.getUTCFullYear() : yearOfDay(value));

/** Calendar dates with no time or zone, written 'YYYY-MM-DD'; impossible dates such as 2020-13-40 and years outside 1900–2100 are refused. */
export const LocalDate = boundedDate(LocalDateResolver, yearOfDay, /^\d{4}-\d{2}-\d{2}$/);

/** Instants in time, written as ISO 8601 with a zone, e.g. 2026-11-30T09:15:00.000Z; years outside 1900–2100 are refused. */
export const DateTime = boundedDate(DateTimeResolver, yearOfInstant);
