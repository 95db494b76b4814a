import { GraphQLError } from 'graphql';
import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';

/**
 * A `validateFn` for an argument whose fields must be named in full in the error, e.g.
 * `input.progressScore` or `values[2].periodStart`: type-graphql's own validation names only
 * the field, which is ambiguous when a mutation takes several inputs.
 */
export function validateAs(argumentName: string): ValidatorFn {
  return async (value) => {
    if (value === null || typeof value !== 'object') return;
    const items = Array.isArray(value) ? value.map((item, i) => [`${argumentName}[${i}]`, item] as const) : [[argumentName, value] as const];
    const problems: { property: string; messages: string[] }[] = [];
    for (const [prefix, item] of items) {
      if (item === null || typeof item !== 'object') continue;
      problems.push(...flatten(await validate(item as object, { skipMissingProperties: true, forbidUnknownValues: false }), prefix));
    }
    if (problems.length) throw invalidFields(problems);
  };
}

/** One error naming each field at fault; `argumentName` is the first of them. */
function invalidFields(problems: readonly { property: string; messages: string[] }[]): GraphQLError {
  const message = problems.map((problem) => `Invalid argument "${problem.property}": ${problem.messages.join('; ')}.`).join(' ');
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: problems[0].property } });
}

function flatten(errors: readonly ValidationError[], prefix: string): { property: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const property = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`;
    const own = error.constraints ? [{ property, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], property)];
  });
}
