import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Every date a caller sends must fall in these years. The hub's data starts in the 2010s and
 * plans run a few decades ahead; a far date is a typo or a probe, and one past year 9999
 * cannot even be written as 'YYYY-MM-DD', which month arithmetic and SQL both rely on.
 */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/** Why a 'YYYY-MM-DD…' date (or the year of a Date) is refused, or null when it is in range. */
export function yearOutOfRange(year: number): string | null {
  if (year >= EARLIEST_YEAR && year <= LATEST_YEAR) return null;
  return `year ${year} is outside the dates this API accepts (${EARLIEST_YEAR}-01-01 to ${LATEST_YEAR}-12-31).`;
}

/**
 * The end of a date range must not come before its start. Dates are 'YYYY-MM-DD' strings with
 * four-digit years (the scalars refuse any other), which compare correctly as text.
 */
export function IsOnOrAfter(startProperty: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isOnOrAfter',
      target: target.constructor,
      propertyName,
      constraints: [startProperty],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as Record<string, unknown>)[startProperty];
          return value == null || start == null || String(value) >= String(start);
        },
        defaultMessage(args: ValidationArguments) {
          return `${args.property} must be on or after ${startProperty}`;
        },
      },
    });
  };
}
