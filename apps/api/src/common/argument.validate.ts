import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Checks an input object (or each in a list) with its class-validator rules, as type-graphql's
 * own validation does, and fails the same way (ArgumentValidationError). type-graphql loads
 * class-validator with a dynamic import on every argument it checks; in the CPU profile of an
 * aggregate request that import cost two-thirds as much as running the aggregate's query, so the
 * module is imported once, here.
 */
export const validateArgument: ValidatorFn = async (value) => {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
};
