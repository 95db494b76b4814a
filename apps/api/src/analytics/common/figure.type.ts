import { Field, Float, Int, ObjectType } from 'type-graphql';

const SUPPRESSED = 'True when disclosure control (docs/methods.md) withheld a count behind the figure: a count of 1 to 7, shown as null.';
/** The description of every totalsNote field. */
export const TOTALS_NOTE_DESCRIPTION =
  'Says that the total and its parts are each rounded once from exact counts, so the parts may not add up to the total (docs/methods.md, "Totals"); show it beside them. Null with exact figures, whose parts do add up.';
const REASON = 'Why a figure is null (withheld, no denominator, too few values for an interval); null when every figure is present.';

@ObjectType({
  description:
    'A proportion x/n with its Wilson 95% CI (docs/methods.md, "Confidence intervals and comparison"), computed from the published (rounded) counts. Under disclosure control (docs/methods.md, "Disclosure control") it is withheld when x or n − x is 1 to 7, so it never reads as a false 0% or 100%.',
})
export class Proportion {
  @Field(() => Int, { nullable: true, description: 'x: how many of the denominator count, rounded to 5; null when the proportion is withheld.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'n: how many were counted, rounded to 5; null when withheld.' })
  denominator!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'x ÷ n of the published counts, from 0 to 1; null when x, n − x or n is 1 to 7 (reason "numerator 1–7", "complement 1–7", "denominator 1–7") or n is 0.',
  })
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

@ObjectType({
  description:
    'An estimate with its 95% interval, derived from a published figure (docs/methods.md); every part null, with the reason, when that figure is withheld or undefined.',
})
export class IntervalEstimate {
  @Field(() => Float, { nullable: true, description: 'The point estimate.' })
  estimate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower limit of the 95% interval.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper limit of the 95% interval.' })
  upper!: number | null;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;
}

@ObjectType({ description: 'A yearly rate per 1,000 population with a Byar 95% CI (exact Poisson below 10 events).' })
export class Rate {
  @Field(() => Int, { nullable: true, description: 'Events counted (e.g. referrals), rounded to 5; null when withheld.' })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: 'Population the rate is per: residents from the census counts.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Years the events were counted over; the rate is per year.' })
  years!: number | null;

  @Field(() => Float, { nullable: true, description: 'count ÷ (population × years) × 1,000: events per 1,000 residents a year.' })
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

@ObjectType({
  description:
    'Mean score before and after over paired measurements, and the mean paired change (after − before) with a 95% paired-t interval. Under disclosure control (docs/methods.md) each is published in whole scale points, the interval rounded outward, so no mean can be multiplied back into an exact number of pairs.',
})
export class MeanChange {
  @Field(() => Int, { nullable: true, description: 'Pairs the means are over, rounded to 5; null when withheld (1 to 7 pairs).' })
  n!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean at baseline; null when there are no pairs or fewer than 8 (withheld).' })
  meanBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean at the later measurement; null as meanBefore.' })
  meanAfter!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of (after − before) over the pairs; rounded on its own, so it may differ by 1 from meanAfter − meanBefore under disclosure control.',
  })
  meanChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower limit of the 95% paired-t interval of the mean change; null with one pair.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper limit of the 95% paired-t interval of the mean change.' })
  upper!: number | null;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;
}

@ObjectType({
  description:
    'Relative change in a group total over paired measurements: Σafter ÷ Σbefore − 1 (e.g. −0.75 = 75% fewer GP and A&E visits), with a 95% Fieller interval. Computed from the published totals and pairs (docs/methods.md), and withheld when any of them is.',
})
export class RelativeChange {
  @Field(() => Int, { nullable: true, description: 'Pairs the totals are over, rounded to 5; null when withheld (1 to 7 pairs).' })
  n!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ baseline values over the pairs, rounded to 5 like a count.' })
  totalBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ later values over the pairs, rounded to 5 like a count.' })
  totalAfter!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'totalAfter ÷ totalBefore − 1 of the published totals; null with fewer than 8 pairs, a withheld total or a zero baseline total.',
  })
  relativeChange!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Lower limit of the 95% Fieller interval of the relative change, rounded down to whole percentage points under disclosure control.',
  })
  lower!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Upper limit of the 95% Fieller interval of the relative change, rounded up to whole percentage points under disclosure control.',
  })
  upper!: number | null;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;
}

@ObjectType({
  description:
    'A total of the parts shown beside it (months, stages, groups), counted from the records and rounded once under disclosure control (docs/methods.md, "Totals"): never a sum of rounded parts.',
})
export class CountTotal {
  @Field(() => Int, { nullable: true, description: 'The total, rounded to 5; null when withheld (1 to 7).' })
  value!: number | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: TOTALS_NOTE_DESCRIPTION })
  note!: string | null;
}
