import { GraphQLError } from 'graphql';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A mistake in what the caller sent, named by the argument it concerns so the caller can fix
 * it. These messages are shown as they are, so they must never carry data or SQL.
 */
export class InvalidArgumentError extends GraphQLError {
  constructor(argumentName: string, problem: string) {
    super(`Invalid argument "${argumentName}": ${problem}`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName },
    });
  }
}

/** The largest key of each id column type (packages/db migrations: `serial` and `bigserial`). */
const LARGEST_ID = { int: 2_147_483_647n, bigint: 9_223_372_036_854_775_807n } as const;

export type IdColumn = keyof typeof LARGEST_ID;

const NUMERIC_ID = /^[1-9][0-9]{0,18}$/;

/**
 * Database ids are positive integers no larger than their column holds; anything else cannot
 * name a record, and past the column's range PostgreSQL would fail the whole query. Most
 * tables are keyed by `serial`; referrals, people and outcome measurements by `bigserial`.
 */
export function parseId(value: string, argumentName: string, column: IdColumn = 'int'): string {
  const shown = JSON.stringify(value.slice(0, 40));
  if (!NUMERIC_ID.test(value)) throw new InvalidArgumentError(argumentName, `${shown} is not an id this API issued.`);
  if (BigInt(value) > LARGEST_ID[column]) throw new InvalidArgumentError(argumentName, `${shown} is larger than any id (at most ${LARGEST_ID[column]}).`);
  return value;
}

/** Whether `value` is an id the `column` type could hold. */
function isIdOf(value: unknown, column: IdColumn): boolean {
  return typeof value === 'string' && NUMERIC_ID.test(value) && BigInt(value) <= LARGEST_ID[column];
}

/** class-validator: every id in a filter's list fits its column (see parseId). */
export function IsIdOf(column: IdColumn, options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isIdOf',
      target: target.constructor,
      propertyName,
      constraints: [column],
      options: { each: true, ...options },
      validator: { validate: (value: unknown) => isIdOf(value, column) },
    });
  };
}
