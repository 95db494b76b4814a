import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { MeasureDirection } from '../../qi/qi.enums.js';
import { Proportion } from '../common/figure.type.js';
import { AssuranceIcon, SpcChartKind, SpcRule, SpecialCause, VariationIcon } from './spc-analytics.enums.js';

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

  @Field(() => Boolean, { description: 'True when the point is shown but left out of the calculations.' })
  ghosted!: boolean;

  @Field(() => Boolean, { description: 'True when the limits are recalculated from this point on.' })
  rebase!: boolean;

  @Field(() => Float, { nullable: true, description: 'Lower limit of the point\'s own Wilson 95% CI where the value is a proportion (BAME share); null otherwise.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper limit of the point\'s own Wilson 95% CI where the value is a proportion; null otherwise.' })
  upper!: number | null;

  @Field(() => Int, { nullable: true, description: 'The count behind the value (rounded to 5), or a proportion\'s numerator; null when not a count.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'A proportion\'s denominator (rounded to 5); null when the value is not a proportion.' })
  denominator!: number | null;

  @Field(() => [String], { description: 'QI annotations dated in this period.' })
  annotations!: string[];

  @Field(() => [Int], { description: 'Sequence numbers of the PDSA cycles that started in this period.' })
  pdsaCycles!: number[];
}

@ObjectType({ description: 'A PDSA cycle marked on an SPC chart at the day it started.' })
export class SpcPdsaMarker {
  @Field(() => ID, { description: 'The cycle\'s id.' })
  cycleId!: string;

  @Field(() => ID, { description: 'The id of the cycle\'s QI project.' })
  projectId!: string;

  @Field(() => String, { description: 'The title of the cycle\'s QI project (a service chart can carry cycles of several projects).' })
  projectTitle!: string;

  @Field(() => Int, { description: 'The cycle\'s number within its project.' })
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

@ObjectType({ description: 'A Making Data Count chart (docs/methods.md, "SPC (Making Data Count)"): points with limits, special-cause flags, and the variation and assurance icons.' })
export class SpcChart {
  @Field(() => SpcChartKind, { description: 'Which chart was drawn: XMR or T with 13 points or more, otherwise RUN.' })
  kind!: SpcChartKind;

  @Field(() => MeasureDirection, { description: 'Which way is improvement; it decides whether special cause reads as improvement or concern.' })
  direction!: MeasureDirection;

  @Field(() => Float, { nullable: true, description: 'The target the assurance icon compares with; null without one.' })
  target!: number | null;

  @Field(() => [SpcPoint], { description: 'Every point, oldest first.' })
  points!: SpcPoint[];

  @Field(() => VariationIcon, { nullable: true, description: 'The variation icon from the last point; null without points.' })
  variation!: VariationIcon | null;

  @Field(() => AssuranceIcon, { nullable: true, description: 'The assurance icon; null without a target or on a run chart.' })
  assurance!: AssuranceIcon | null;

  @Field(() => String, { nullable: true, description: 'Why there is no chart or only a run chart; null for a full chart.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'What the series counts and how the chart reads, to show beside it; null on a QI measure\'s chart, whose measure carries its own definition.' })
  definition!: string | null;

  @Field(() => [SpcPdsaMarker], {
    description: 'PDSA cycles marked on the chart, by start: on a measure\'s chart the cycles testing it; on a service chart narrowed to programmes of one or more services, the cycles of those services\' projects that are set to show on service charts.',
  })
  pdsaMarkers!: SpcPdsaMarker[];
}

@ObjectType({ description: 'Service-user involvement in the QI projects active in one month.' })
export class InvolvementPoint {
  @Field(() => LocalDate, { description: 'The first day of the month.' })
  month!: string;

  @Field(() => Int, { description: 'QI projects active at any time in the month.' })
  activeProjects!: number;

  @Field(() => Int, { description: 'Of those, projects whose involvement at the month\'s end was Big I or little i.' })
  involvedProjects!: number;

  @Field(() => Int, { description: 'Of those, projects with Big I involvement: service users or carers on the team.' })
  bigIProjects!: number;

  @Field(() => Proportion, { description: 'involvedProjects ÷ activeProjects with a Wilson 95% CI; projects are counted, not people, so nothing is withheld.' })
  share!: Proportion;
}
