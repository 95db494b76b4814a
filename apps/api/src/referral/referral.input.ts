import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIdOf } from '../common/argument.error.js';
import { IsOnOrAfter } from '../common/date.validator.js';
import { LocalDate } from '../common/scalars.js';
import { ReferralSourceCode } from '../reference/reference.enums.js';
import { ReferralStatus } from './referral.enums.js';

@InputType({ description: 'Narrows referrals; every condition given must hold, and a list matches any of its entries.' })
export class ReferralFilter {
  @Field(() => LocalDate, { nullable: true, description: 'Only referrals received on or after this day.' })
  receivedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only referrals received on or before this day (inclusive).' })
  @IsOnOrAfter('receivedFrom', { message: 'receivedTo must be on or after receivedFrom' })
  receivedTo?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only referrals to these programmes.' })
  @ArrayMaxSize(500, { message: 'programmeIds may list at most 500 ids' })
  @IsIdOf('int', { message: 'programmeIds must hold ids this API issued' })
  programmeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only referrals to programmes of these services.' })
  @ArrayMaxSize(500, { message: 'serviceIds may list at most 500 ids' })
  @IsIdOf('int', { message: 'serviceIds must hold ids this API issued' })
  serviceIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only referrals of people living in these wards, by ward code.' })
  @ArrayMaxSize(100, { message: 'wardCodes may list at most 100 wards' })
  wardCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only referrals of people in these ethnic categories, by code (e.g. J, Z, 99).' })
  @ArrayMaxSize(100, { message: 'ethnicCodes may list at most 100 categories' })
  ethnicCodes?: string[] | null;

  @Field(() => [ReferralSourceCode], { nullable: true, description: 'Only referrals from these sources.' })
  sourceCodes?: ReferralSourceCode[] | null;

  @Field(() => [ReferralStatus], { nullable: true, description: 'Only referrals whose current status is one of these.' })
  statuses?: ReferralStatus[] | null;
}
