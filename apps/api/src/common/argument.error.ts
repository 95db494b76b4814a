import { GraphQLError } from 'graphql';

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

const NUMERIC_ID = /^[1-9][0-9]{0,17}$/;

/** Database ids are positive integers; anything else cannot name a record. */
export function parseId(value: string, argumentName: string): string {
  if (!NUMERIC_ID.test(value)) throw new InvalidArgumentError(argumentName, `"${value.slice(0, 40)}" is not an id this API issued.`);
  return value;
}
