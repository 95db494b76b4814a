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
    description: 'Referral share: referrals from the group ÷ all referrals in the filter (every group counted), with a Wilson 95% CI.',
  })
  share!: Proportion;

  @Field(() => Int, {
    nullable: true,
    description: "Residents in the group (census counts, latest year on or before the period's end); null where the census has no such group.",
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
    description: 'Referrals per 1,000 residents of the group with a Byar 95% CI; null where there is no population figure.',
  })
  referralRate!: Rate | null;

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

  @Field(() => String, { description: 'When a group counts as under-represented.' })
  underRepresented!: string;

  @Field(() => String, { description: 'Start and completion rates and their comparison with the overall rates.' })
  funnel!: string;
}

@ObjectType({ description: 'Uptake gaps along one dimension for the referrals in a filter (docs/methods.md, "Uptake gaps").' })
export class Uptake {
  @Field(() => UptakeDimension, { description: 'The dimension the groups are of.' })
  dimension!: UptakeDimension;

  @Field(() => UptakeDefinitions, { description: 'What each figure means, to show beside it.' })
  definitions!: UptakeDefinitions;

  @Field(() => Int, { nullable: true, description: 'All referrals in the filter, rounded to 5 like every count.' })
  totalReferrals!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Residents in every group with a census count, after the same ward, ethnicity, sex, age and deprivation filters.',
  })
  totalPopulation!: number | null;

  @Field(() => Proportion, { description: "Referrals that started a programme ÷ all referrals in the filter: the comparator of each group's start rate." })
  overallStartRate!: Proportion;

  @Field(() => Proportion, { description: "Completions ÷ starts over all referrals in the filter: the comparator of each group's completion rate." })
  overallCompletionRate!: Proportion;

  @Field(() => [UptakeGroup], { description: 'Every group with referrals or residents, in the dimension\'s order; "Not stated" and "Not known" included.' })
  groups!: UptakeGroup[];
}
