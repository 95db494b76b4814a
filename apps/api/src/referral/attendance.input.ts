import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIdOf } from '../common/argument.error.js';
import { IsOnOrAfter } from '../common/date.validator.js';
import { LocalDate } from '../common/scalars.js';

@InputType({ description: 'Narrows attendance records; every condition given must hold.' })
export class AttendanceFilter {
  @Field(() => [ID], { nullable: true, description: 'Only sessions of these referrals.' })
  @ArrayMaxSize(500, { message: 'referralIds may list at most 500 ids' })
  @IsIdOf('bigint', { message: 'referralIds must hold ids this API issued' })
  referralIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only sessions held at these venues.' })
  @ArrayMaxSize(500, { message: 'venueIds may list at most 500 ids' })
  @IsIdOf('int', { message: 'venueIds must hold ids this API issued' })
  venueIds?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only sessions on or after this day.' })
  sessionFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only sessions on or before this day (inclusive).' })
  @IsOnOrAfter('sessionFrom', { message: 'sessionTo must be on or after sessionFrom' })
  sessionTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for sessions attended, false for sessions missed; leave out for both.' })
  attended?: boolean | null;
}
