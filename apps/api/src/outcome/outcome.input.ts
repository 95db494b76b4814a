import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIdOf } from '../common/argument.error.js';
import { IsOnOrAfter } from '../common/date.validator.js';
import { LocalDate } from '../common/scalars.js';
import { ReferralStatus } from '../referral/referral.enums.js';
import { Timepoint } from './outcome.type.js';

@InputType({ description: 'Narrows outcome measurements; every condition given must hold, and a list matches any of its entries.' })
export class OutcomeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only measurements of these referrals.' })
  @ArrayMaxSize(500, { message: 'referralIds may list at most 500 ids' })
  @IsIdOf('bigint', { message: 'referralIds must hold ids this API issued' })
  referralIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only measurements of referrals to these programmes.' })
  @ArrayMaxSize(500, { message: 'programmeIds may list at most 500 ids' })
  @IsIdOf('int', { message: 'programmeIds must hold ids this API issued' })
  programmeIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these instruments, by code such as swemwbs.' })
  @ArrayMaxSize(50, { message: 'instrumentCodes may list at most 50 codes' })
  instrumentCodes?: string[] | null;

  @Field(() => [Timepoint], { nullable: true, description: 'Only these timepoints.' })
  timepoints?: Timepoint[] | null;

  @Field(() => [ReferralStatus], { nullable: true, description: 'Only measurements of referrals whose current status is one of these, e.g. COMPLETED.' })
  referralStatuses?: ReferralStatus[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only measurements taken on or after this day.' })
  measuredFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only measurements taken on or before this day (inclusive).' })
  @IsOnOrAfter('measuredFrom', { message: 'measuredTo must be on or after measuredFrom' })
  measuredTo?: string | null;
}
