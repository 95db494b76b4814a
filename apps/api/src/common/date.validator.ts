import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * The end of a date range must not come before its start. Dates are 'YYYY-MM-DD' strings,
 * which compare correctly as text.
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
