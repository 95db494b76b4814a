import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BenchmarkComparison } from '../common/figure.enums.js';
import { IntervalEstimate, Proportion, Rate } from '../common/figure.type.js';
import { UptakeDimension } from './uptake-analytics.enums.js';

@ObjectType({
  description:
    "One group's share of referrals against its share of residents, its referral rate, and its start and completion rates against the service overall.",
})
export class UptakeGroup {
  @Field(() => String, { description: 'The group\'s code, e.g. "J", "65-74", "BISC" or "not_known".' })
  key!: string;

  @Field(() => String, { description: 'The group as shown, e.g. "Pakistani" or "Biscot".' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Referrals from the group, rounded to 5; null when withheld (1 to 7).' })
  referrals!: number | null;

  @Field(() => Proportion, {
    description: 'Referral share: referrals from the group ÷ referrals whose group is stated ("not stated" and "not known" left out), with a Wilson 95% CI.',
  })
  share!: Proportion;

  @Field(() => Int, {
    nullable: true,
    description:
      "Residents in the group of the eligible ages (census counts, latest year on or before the period's end); null where the census has no such group or the age band is outside the eligible ages.",
  })
  population!: number | null;

  @Field(() => Float, { nullable: true, description: 'Population share: residents in the group ÷ residents in every group with a census count.' })
  populationShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Referral share − population share, in percentage points; the estimate of gap.' })
  gapPoints!: number | null;

  @Field(() => Float, { nullable: true, description: 'Representation ratio: referral share ÷ population share (1 = in proportion); the estimate of ratio.' })
  representationRatio!: number | null;

  @Field(() => IntervalEstimate, {
    description:
      "Uptake gap: referral share − population share in percentage points (0 = in proportion), its limits the share's Wilson 95% limits less the population share. Withheld with the share.",
  })
  gap!: IntervalEstimate;

  @Field(() => IntervalEstimate, {
    description:
      "Representation ratio: referral share ÷ population share (1 = in proportion), its limits the share's Wilson 95% limits ÷ the population share. Withheld with the share; null against a population share of 0.",
  })
  ratio!: IntervalEstimate;

  @Field(() => Rate, {
    nullable: true,
    description:
      'Crude referral rate: referrals per 1,000 eligible residents of the group a year (the average annual rate over a period of several years), with a Byar 95% CI; null where there is no population figure.',
  })
  referralRate!: Rate | null;

  @Field(() => IntervalEstimate, {
    description:
      'Directly age-standardised referral rate per 1,000 eligible residents a year (European Standard Population 2013) with Dobson\'s 95% CI (docs/methods.md, "Rates per ward"); null with a reason below 10 referrals, when an age band\'s count is withheld, or for age bands themselves.',
  })
  standardisedRate!: IntervalEstimate;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the upper limit of the referral share lies below the population share; null when either is missing.',
  })
  underRepresented!: boolean | null;

  @Field(() => Proportion, { description: "Start rate: the group's referrals that started a programme ÷ its referrals." })
  startRate!: Proportion;

  @Field(() => BenchmarkComparison, { nullable: true, description: "The start rate's interval against the overall start rate: BETTER, SIMILAR or WORSE." })
  startComparison!: BenchmarkComparison | null;

  @Field(() => Proportion, { description: "Completion rate: the group's completions ÷ its starts." })
  completionRate!: Proportion;

  @Field(() => BenchmarkComparison, {
    nullable: true,
    description: "The completion rate's interval against the overall completion rate: BETTER, SIMILAR or WORSE.",
  })
  completionComparison!: BenchmarkComparison | null;

  @Field(() => String, { nullable: true, description: 'Why a figure of the group is missing (withheld, no census category); null when all are present.' })
  reason!: string | null;
}

@ObjectType({ description: 'What each uptake figure means, to show beside it (docs/methods.md, "Uptake gaps").' })
export class UptakeDefinitions {
  @Field(() => String, { description: 'The dimension and how its groups are formed.' })
  dimension!: string;

  @Field(() => String, { description: 'Referral share and its interval.' })
  share!: string;

  @Field(() => String, { description: 'Population share.' })
  populationShare!: string;

  @Field(() => String, { description: 'Uptake gap and representation ratio.' })
  gap!: string;

  @Field(() => String, { description: 'Referrals per 1,000 residents.' })
  rate!: string;

  @Field(() => String, { description: 'Age-standardised rate per 1,000 a year.' })
  standardisedRate!: string;

  @Field(() => String, { description: 'The unstated share and why it is left out of the comparison.' })
  unstated!: string;

  @Field(() => String, { description: 'When a group counts as under-represented.' })
  underRepresented!: string;

  @Field(() => String, { description: 'Start and completion rates and their comparison with the overall rates.' })
  funnel!: string;
}

@ObjectType({
  description:
    'Referrals whose group was not stated or is not known (docs/methods.md, "Uptake gaps"): a figure of its own, not a group compared with residents, and never a withheld figure.',
})
export class UptakeUnstated {
  @Field(() => [String], { description: 'The groups counted, e.g. "Not stated" and "Not known".' })
  labels!: string[];

  @Field(() => Int, { nullable: true, description: 'Unstated referrals, rounded to 5; null when withheld (1 to 7).' })
  referrals!: number | null;

  @Field(() => Proportion, { description: 'Unstated referrals ÷ all referrals in the filter, with a Wilson 95% CI.' })
  share!: Proportion;
}

@ObjectType({ description: 'Uptake gaps along one dimension for the referrals in a filter (docs/methods.md, "Uptake gaps").' })
export class Uptake {
  @Field(() => UptakeDimension, { description: 'The dimension the groups are of.' })
  dimension!: UptakeDimension;

  @Field(() => UptakeDefinitions, { description: 'What each figure means, to show beside it.' })
  definitions!: UptakeDefinitions;

  @Field(() => Int, { nullable: true, description: 'All referrals in the filter, rounded to 5 like every count.' })
  totalReferrals!: number | null;

  @Field(() => Int, { nullable: true, description: 'Referrals whose group is stated: the denominator of every referral share, rounded to 5.' })
  statedReferrals!: number | null;

  @Field(() => UptakeUnstated, { description: 'Referrals whose group was not stated or is not known, and their share of all referrals.' })
  unstated!: UptakeUnstated;

  @Field(() => Int, { description: 'The youngest age the services in the filter are for (the widest range of them; 16 by default).' })
  eligibleMinAge!: number;

  @Field(() => Int, { nullable: true, description: 'The oldest age the services in the filter are for; null for no upper age.' })
  eligibleMaxAge!: number | null;

  @Field(() => [String], { description: 'The age bands whose residents count in population shares and rates.' })
  eligibleAgeBands!: string[];

  @Field(() => Float, {
    nullable: true,
    description: "Years the referrals are counted over: the filter's period, or the financial years holding referrals without one. Rates are per year.",
  })
  rateYears!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Eligible residents in every group with a census count, after the same ward, ethnicity, sex, age and deprivation filters.',
  })
  totalPopulation!: number | null;

  @Field(() => Proportion, { description: "Referrals that started a programme ÷ all referrals in the filter: the comparator of each group's start rate." })
  overallStartRate!: Proportion;

  @Field(() => Proportion, { description: "Completions ÷ starts over all referrals in the filter: the comparator of each group's completion rate." })
  overallCompletionRate!: Proportion;

  @Field(() => [UptakeGroup], {
    description: 'Every stated group with referrals or residents, in the dimension\'s order; "Not stated" and "Not known" are in unstated instead.',
  })
  groups!: UptakeGroup[];
}
