import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../common/scalars.js';
import { ReferralSourceCode, Sex } from '../reference/reference.enums.js';
import { ReferralStatus } from './referral.enums.js';

/**
 * The one filter of every referral-based query, lists and analytics alike, so the same choice
 * selects the same referrals everywhere (docs/methods.md, "Filters").
 */
@InputType({
  description:
    'Which referrals a query covers, the same for lists, counts and analyses (docs/methods.md, "Filters"). Every condition given must hold and a list matches any of its entries; outcomes count the measurements of the referrals selected. Leave out for every referral.',
})
export class ReferralFilter {
  @Field(() => LocalDate, { nullable: true, description: 'Only referrals received on or after this day.' })
  periodFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only referrals received on or before this day (inclusive); must not be before periodFrom.' })
  periodTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only referrals received in this financial year (1 April to 31 March), written "2019/20"; combined with periodFrom and periodTo by intersection.',
  })
  financialYear?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only referrals to these programmes.' })
  @ArrayMaxSize(500, { message: 'programmeIds may list at most 500 ids' })
  programmeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only referrals to programmes of these services.' })
  @ArrayMaxSize(500, { message: 'serviceIds may list at most 500 ids' })
  serviceIds?: string[] | null;

  @Field(() => [ReferralSourceCode], { nullable: true, description: 'Only referrals from these sources.' })
  sourceCodes?: ReferralSourceCode[] | null;

  @Field(() => [ReferralStatus], { nullable: true, description: 'Only referrals whose current status is one of these.' })
  statuses?: ReferralStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Only people living in these wards, by ward code (see `wards`).' })
  @ArrayMaxSize(100, { message: 'wardCodes may list at most 100 wards' })
  wardCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only people in these NHS ethnic categories, by code (A to S, Z not stated, 99 not known).' })
  @ArrayMaxSize(100, { message: 'ethnicCodes may list at most 100 categories' })
  ethnicCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only people in these broad ethnic groups: White, Mixed, Asian, Black, Other, Not stated, Not known.' })
  @ArrayMaxSize(20, { message: 'ethnicGroups may list at most 20 groups' })
  ethnicGroups?: string[] | null;

  @Field(() => [Sex], { nullable: true, description: 'Only people of these sexes.' })
  sexes?: Sex[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only people in these age bands at referral (received year − birth year), by code such as "65-74" (see `ageBands`).',
  })
  @ArrayMaxSize(50, { message: 'ageBands may list at most 50 bands' })
  ageBands?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Only people in these deprivation deciles, 1 (most deprived) to 10.' })
  @ArrayMaxSize(10, { message: 'deprivationDeciles may list at most 10 deciles' })
  deprivationDeciles?: number[] | null;
}
