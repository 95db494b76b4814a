import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { MeasureDirection } from '../../qi/qi.enums.js';
import { CountTotal, Proportion } from '../common/figure.type.js';
import { AssuranceIcon, SpcChartKind, SpcMarkerKind, SpcRule, SpecialCause, VariationIcon } from './spc-analytics.enums.js';

@ObjectType({ description: 'One point of an SPC chart, with the lines of its period of limits.' })
export class SpcPoint {
  @Field(() => LocalDate, { description: 'The first day of the period the point covers.' })
  period!: string;

  @Field(() => String, { description: 'The period as shown, e.g. "Apr 2019" or "Q1 2019/20".' })
  label!: string;

  @Field(() => Float, { nullable: true, description: 'The value; null when withheld or missing, and then left out of the calculations.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'The centre line: the mean on an XmR or T chart, the median on a run chart.' })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper process limit: mean + 2.66 × mean moving range.' })
  upperLimit!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower process limit: mean − 2.66 × mean moving range.' })
  lowerLimit!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper 2σ line: mean + (2/3) × 2.66 × mean moving range.' })
  upperTwoSigma!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower 2σ line: mean − (2/3) × 2.66 × mean moving range.' })
  lowerTwoSigma!: number | null;

  @Field(() => SpecialCause, { nullable: true, description: 'How the point reads when a special-cause rule flags it; null when none does.' })
  specialCause!: SpecialCause | null;

  @Field(() => [SpcRule], { description: 'The special-cause rules that flag the point; empty for common cause.' })
  rules!: SpcRule[];

  @Field(() => Boolean, {
    description:
      'True when the point triggers both an improvement rule and a concern rule (say, below the lower limit inside a rising trend). ' +
      'specialCause then follows the conflict rule (improvement, as Making Data Count does), so a reader should be told of the clash; ' +
      'see docs/methods.md, "SPC (Making Data Count)".',
  })
  conflict!: boolean;

  @Field(() => Boolean, { description: 'True when the point is shown but left out of the calculations.' })
  ghosted!: boolean;

  @Field(() => Boolean, { description: 'True when the limits are recalculated from this point on.' })
  rebase!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: "Lower limit of the point's own Wilson 95% CI where the value is a proportion (BAME share); null otherwise.",
  })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: "Upper limit of the point's own Wilson 95% CI where the value is a proportion; null otherwise." })
  upper!: number | null;

  @Field(() => Int, { nullable: true, description: "The count behind the value (rounded to 5), or a proportion's numerator; null when not a count." })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: "A proportion's denominator (rounded to 5); null when the value is not a proportion." })
  denominator!: number | null;

  @Field(() => [String], { description: 'QI annotations dated in this period.' })
  annotations!: string[];

  @Field(() => [Int], { description: 'Sequence numbers of the PDSA cycles that started in this period.' })
  pdsaCycles!: number[];
}

@ObjectType({
  description:
    "A marker under an SPC chart: a PDSA cycle's start or an annotation, at its own date. On a T chart, whose points are events, " +
    'the marker keeps its own date rather than the date of the event before it (docs/methods.md, "QI measures").',
})
export class SpcMarker {
  @Field(() => SpcMarkerKind, { description: 'A PDSA cycle or a note.' })
  kind!: SpcMarkerKind;

  @Field(() => String, { description: "What is written on the marker: the cycle number, or the note's letter." })
  mark!: string;

  @Field(() => LocalDate, { description: "The marker's own date: the day the cycle started, or the day the note is dated." })
  date!: string;

  @Field(() => String, { description: 'The date as the chart shows it, e.g. "5 Jun 2023".' })
  dateLabel!: string;

  @Field(() => Int, { nullable: true, description: 'The index of the point whose period the date falls in; null before the first point.' })
  pointIndex!: number | null;

  @Field(() => String, { description: 'What the marker says, e.g. "PDSA cycle 3 started: Text reminders".' })
  text!: string;
}

@ObjectType({ description: 'A PDSA cycle marked on an SPC chart at the day it started.' })
export class SpcPdsaMarker {
  @Field(() => ID, { description: "The cycle's id." })
  cycleId!: string;

  @Field(() => ID, { description: "The id of the cycle's QI project." })
  projectId!: string;

  @Field(() => String, { description: "The title of the cycle's QI project (a service chart can carry cycles of several projects)." })
  projectTitle!: string;

  @Field(() => Int, { description: "The cycle's number within its project." })
  sequence!: number;

  @Field(() => String, { description: 'The change idea tested.' })
  changeIdea!: string;

  @Field(() => LocalDate, { description: 'The day the cycle started: where it is marked.' })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the cycle ended; null while it runs.' })
  endedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The period of the point the cycle falls in; null when it started before the first point.' })
  period!: string | null;
}

@ObjectType({
  description:
    'Where a sustained shift began: the first point of a run of at least the shift length on one side of the latest centre line that lasts to the last point. ' +
    'Only suggested: the limits are recalculated there when the reader passes it in options.rebaseAt (docs/methods.md, "SPC (Making Data Count)").',
})
export class SpcRebaseSuggestion {
  @Field(() => LocalDate, { description: 'The first day of the period the run starts in: pass it in options.rebaseAt to rebase there.' })
  period!: string;

  @Field(() => String, { description: 'The period as shown, e.g. "Apr 2021" or "Q1 2021/22".' })
  label!: string;

  @Field(() => Int, { description: 'Points in the run, from this period to the last point.' })
  length!: number;

  @Field(() => String, { description: 'Why the rebase is suggested, in words to show the reader.' })
  reason!: string;
}

@ObjectType({
  description:
    'A Making Data Count chart (docs/methods.md, "SPC (Making Data Count)"): points with limits, special-cause flags, and the variation and assurance icons.',
})
export class SpcChart {
  @Field(() => SpcChartKind, { description: 'Which chart was drawn: XMR or T with 13 points or more, otherwise RUN.' })
  kind!: SpcChartKind;

  @Field(() => MeasureDirection, { description: 'Which way is improvement; it decides whether special cause reads as improvement or concern.' })
  direction!: MeasureDirection;

  @Field(() => Float, { nullable: true, description: 'The target the assurance icon compares with; null without one.' })
  target!: number | null;

  @Field(() => CountTotal, {
    nullable: true,
    description:
      'For a chart of counts (MONTHLY_REFERRALS): the count over every point, rounded once from the exact total, with its note; null for shares and QI measures.',
  })
  total: CountTotal | null = null;

  @Field(() => [SpcPoint], { description: 'Every point, oldest first.' })
  points!: SpcPoint[];

  @Field(() => VariationIcon, {
    nullable: true,
    description:
      'The variation icon from the last usable point; null without points, and on a run chart, which has too few points for icons (as Making Data Count).',
  })
  variation!: VariationIcon | null;

  @Field(() => AssuranceIcon, { nullable: true, description: 'The assurance icon; null without a target or on a run chart.' })
  assurance!: AssuranceIcon | null;

  @Field(() => SpcRebaseSuggestion, {
    nullable: true,
    description: 'Where a sustained shift to the last point began, as a place to rebase; null on a run chart or without such a shift. Never applied by itself.',
  })
  suggestedRebase!: SpcRebaseSuggestion | null;

  @Field(() => String, { nullable: true, description: 'Why there is no chart or only a run chart; null for a full chart.' })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What the series counts and how the chart reads, to show beside it; null on a QI measure's chart, whose measure carries its own definition.",
  })
  definition!: string | null;

  @Field(() => [SpcPdsaMarker], {
    description:
      "PDSA cycles marked on the chart, by start: on a measure's chart the cycles testing it; on a service chart narrowed to programmes of one or more services, the cycles of those services' projects that are set to show on service charts.",
  })
  pdsaMarkers!: SpcPdsaMarker[];

  @Field(() => [SpcMarker], { description: 'Every marker under the chart (PDSA cycles and notes), in date order, each at its own date.' })
  markers!: SpcMarker[];
}

@ObjectType({ description: 'Service-user involvement in the QI projects active in one month.' })
export class InvolvementPoint {
  @Field(() => LocalDate, { description: 'The first day of the month.' })
  month!: string;

  @Field(() => Int, { description: 'QI projects active at any time in the month.' })
  activeProjects!: number;

  @Field(() => Int, { description: "Of those, projects whose involvement at the month's end was Big I or little i." })
  involvedProjects!: number;

  @Field(() => Int, { description: 'Of those, projects with Big I involvement: service users or carers on the team.' })
  bigIProjects!: number;

  @Field(() => Proportion, { description: 'involvedProjects ÷ activeProjects with a Wilson 95% CI; projects are counted, not people, so nothing is withheld.' })
  share!: Proportion;

  @Field(() => Int, { description: 'Of those, projects with little i involvement: service users or carers consulted.' })
  littleIProjects!: number;

  @Field(() => Proportion, { description: 'bigIProjects ÷ activeProjects with a Wilson 95% CI.' })
  bigIShare!: Proportion;

  @Field(() => Proportion, { description: 'littleIProjects ÷ activeProjects with a Wilson 95% CI.' })
  littleIShare!: Proportion;
}
