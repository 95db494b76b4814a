import { Field, Float, Int, ObjectType } from 'type-graphql';

const SUPPRESSED = 'True when disclosure control (DOMAIN §6) withheld a count behind the figure: a count of 1 to 7, shown as null.';
const REASON = 'Why a figure is null (withheld, no denominator, too few values for an interval); null when every figure is present.';

@ObjectType({ description: 'A proportion x/n with its Wilson 95% CI (DOMAIN §3), computed from the published (rounded) counts.' })
export class Proportion {
  @Field(() => Int, { nullable: true, description: 'x: how many of the denominator count, rounded to 5; null when withheld.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'n: how many were counted, rounded to 5; null when withheld.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'x ÷ n, from 0 to 1; null when either is withheld or n is 0.' })
  estimate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower limit of the Wilson 95% interval (z = 1.96).' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper limit of the Wilson 95% interval (z = 1.96).' })
  upper!: number | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;
}

@ObjectType({ description: 'A rate per 1,000 population with a Byar 95% CI (exact Poisson below 10 events).' })
export class Rate {
  @Field(() => Int, { nullable: true, description: 'Events counted (e.g. referrals), rounded to 5; null when withheld.' })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: 'Population the rate is per: residents from the census counts.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'count ÷ population × 1,000.' })
  ratePer1000!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower limit of the 95% interval, per 1,000.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper limit of the 95% interval, per 1,000.' })
  upper!: number | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;
}

@ObjectType({ description: 'Mean score before and after over paired measurements, and the mean paired change (after − before) with a 95% paired-t interval.' })
export class MeanChange {
  @Field(() => Int, { nullable: true, description: 'Pairs the means are over, rounded to 5; null when withheld (1 to 7 pairs).' })
  n!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean at baseline; null when there are no pairs or fewer than 8 (withheld).' })
  meanBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean at the later measurement; null as meanBefore.' })
  meanAfter!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of (after − before) over the pairs.' })
  meanChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower limit of the 95% paired-t interval of the mean change; null with one pair.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper limit of the 95% paired-t interval of the mean change.' })
  upper!: number | null;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;
}

@ObjectType({ description: 'Relative change in a group total over paired measurements: Σafter ÷ Σbefore − 1 (e.g. −0.75 = 75% fewer GP and A&E visits), with a 95% Fieller interval.' })
export class RelativeChange {
  @Field(() => Int, { nullable: true, description: 'Pairs the totals are over, rounded to 5; null when withheld (1 to 7 pairs).' })
  n!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ baseline values over the pairs, rounded to 5 like a count.' })
  totalBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ later values over the pairs, rounded to 5 like a count.' })
  totalAfter!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σafter ÷ Σbefore − 1; null with fewer than 8 pairs or a zero baseline total.' })
  relativeChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower limit of the 95% Fieller interval of the relative change.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper limit of the 95% Fieller interval of the relative change.' })
  upper!: number | null;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;
}
