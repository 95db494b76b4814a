import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ReportFilter } from '@hub/reporting';
import { BenchmarkComparison } from '../common/figure.enums.js';
import { MeanChange, Proportion, RelativeChange } from '../common/figure.type.js';
import { HeadlineKind, OutcomeTimepoint } from './outcome-analytics.enums.js';

const STARTERS = 'Referrals with a baseline measurement on the instrument, rounded to 5; null when withheld.';
const COMPLETERS = 'Of the starters, referrals that completed their programme, rounded to 5; null when withheld.';
const PAIRS = 'Of the starters, referrals measured again at the chosen timepoint (the pairs every figure is over), rounded to 5; null when withheld (1 to 7).';
const LOST =
  'Of the starters, referrals with no score at the chosen timepoint: lost before it. Rounded to 5 and withheld (1 to 7) on its own, not as starters − pairs.';

@ObjectType({ description: 'One of the five headline outcomes (activity gain, GP/A&E visit reduction, wellbeing improved, self-efficacy improved, 5 a day).' })
export class OutcomeHeadline {
  @Field(() => String, { description: 'Which headline: activityGain, gpAeReduction, wellbeingImproved, selfEfficacyImproved or fiveADay.' })
  key!: string;

  @Field(() => String, { description: 'The headline as shown, e.g. "GP and A&E visits".' })
  title!: string;

  @Field(() => String, { description: 'How the figure is computed, and what counts as a pair.' })
  definition!: string;

  @Field(() => HeadlineKind, { description: 'Whether the estimate is a share improved, a relative change or a share achieving a threshold.' })
  kind!: HeadlineKind;

  @Field(() => Float, { nullable: true, description: 'A proportion from 0 to 1, or a relative change (0.91 = +91%, −0.75 = −75%); null with a reason.' })
  estimate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower limit of the 95% interval: Wilson for a proportion, Fieller for a relative change.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper limit of the 95% interval.' })
  upper!: number | null;

  @Field(() => Float, { nullable: true, description: 'Pairs improved or achieving; for a relative change, Σ later values. Rounded to 5.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Pairs; for a relative change, Σ baseline values. Rounded to 5.' })
  denominator!: number | null;

  @Field(() => Int, { nullable: true, description: PAIRS })
  pairs!: number | null;

  @Field(() => Int, { nullable: true, description: LOST })
  lost!: number | null;

  @Field(() => Int, { nullable: true, description: STARTERS })
  starters!: number | null;

  @Field(() => Int, { nullable: true, description: COMPLETERS })
  completers!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the estimate or its interval is null; null when present.' })
  reason!: string | null;
}

@ObjectType({
  description: 'One bar of a before-and-after histogram over pairs: the bin includes `from` and excludes `to`, except the last bin, which includes both.',
})
export class HistogramBin {
  @Field(() => Float, { description: 'Lower edge of the bin, on the compared scale (SWEMWBS metric score).' })
  from!: number;

  @Field(() => Float, { description: 'Upper edge of the bin; for minutes, visits, portions and ppm the last bin also holds every value above it.' })
  to!: number;

  @Field(() => Int, { nullable: true, description: 'Pairs whose baseline value fell in the bin, rounded to 5; null when withheld (1 to 7).' })
  before!: number | null;

  @Field(() => Int, { nullable: true, description: 'Pairs whose later value fell in the bin, rounded to 5; null when withheld (1 to 7).' })
  after!: number | null;
}

@ObjectType({ description: 'Paired outcomes on one instrument: who was measured, the share improved, the mean change and the distributions.' })
export class InstrumentOutcome {
  @Field(() => String, { description: 'The instrument, the scale its values are compared on, and what a pair is.' })
  definition!: string;

  @Field(() => Int, { nullable: true, description: STARTERS })
  starters!: number | null;

  @Field(() => Int, { nullable: true, description: COMPLETERS })
  completers!: number | null;

  @Field(() => Int, { nullable: true, description: PAIRS })
  pairs!: number | null;

  @Field(() => Int, { nullable: true, description: LOST })
  lost!: number | null;

  @Field(() => Proportion, { description: 'Pairs whose later value is better than their baseline (any improvement) ÷ pairs.' })
  improved!: Proportion;

  @Field(() => Proportion, {
    nullable: true,
    description: 'Pairs meaningfully improved (e.g. SWEMWBS ≥ 3 metric points, activity up a band) ÷ pairs; null where the instrument has no such rule.',
  })
  meaningfullyImproved!: Proportion | null;

  @Field(() => MeanChange, { description: 'Mean before, after and change over the pairs.' })
  meanChange!: MeanChange;

  @Field(() => RelativeChange, {
    nullable: true,
    description: 'Relative change in the group total; physical activity and GP and A&E visits only, null otherwise.',
  })
  relativeChange!: RelativeChange | null;

  @Field(() => Proportion, {
    nullable: true,
    description: 'Pairs at the threshold at the later measurement (5 a day: ≥ 5 portions; activity: ≥ 150 minutes) ÷ pairs; null without a threshold.',
  })
  achievingThreshold!: Proportion | null;

  @Field(() => String, { nullable: true, description: 'The threshold in words, e.g. "5 a day"; null without a threshold.' })
  thresholdLabel!: string | null;

  instrumentCode!: string;
  /** The filter and timepoint the figures are for, so the distribution is read for the same pairs. */
  reportFilter!: ReportFilter;
  timepoint!: OutcomeTimepoint;
}

@ObjectType({ description: 'Paired outcomes for the referrals in a filter: the five headlines and every instrument measured.' })
export class OutcomeSummary {
  @Field(() => OutcomeTimepoint, { description: 'The later timepoint every figure pairs the baseline with.' })
  timepoint!: OutcomeTimepoint;

  @Field(() => String, { description: 'What a pair is at this timepoint, and who counts as lost before it.' })
  pairing!: string;

  @Field(() => [OutcomeHeadline], { description: 'The five headline outcomes, always all five; one without measurements is null with a reason.' })
  headlines!: OutcomeHeadline[];

  @Field(() => [InstrumentOutcome], { description: 'Every instrument with at least one baseline measurement in the filter, in display order.' })
  instruments!: InstrumentOutcome[];
}

@ObjectType({ description: '"% improved" on one instrument for one group, against the figure over every group.' })
export class GroupOutcome {
  @Field(() => String, { description: 'The group\'s code, e.g. a programme id, ward code, "female" or "not_known".' })
  key!: string;

  @Field(() => String, { description: 'The group as shown, e.g. "Biscot" or "Not known".' })
  label!: string;

  @Field(() => Proportion, { description: 'Pairs in the group whose later value is better than their baseline ÷ pairs in the group.' })
  improved!: Proportion;

  @Field(() => BenchmarkComparison, {
    nullable: true,
    description: "The group's interval against the overall share: BETTER, WORSE or SIMILAR; null when either is withheld or empty.",
  })
  comparison!: BenchmarkComparison | null;

  @Field(() => String, {
    description:
      'How the share and its comparison are computed, the same for every group of one answer, to show beside the groups (docs/methods.md, "Outcome headlines").',
  })
  definition!: string;
}
