import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars.js';
import { ChartKind, MeasureDirection, PdsaDecision } from './qi.enums.js';

@ObjectType({ description: 'Something a QI project counts or measures over time to see whether its changes are improvements.' })
export class QiMeasure {
  @Field(() => ID, { description: "The measure's id." })
  id!: string;

  @Field(() => String, { description: "The measure's name, unique within its project." })
  name!: string;

  @Field(() => String, { description: 'How the measure is defined and collected; may be empty.' })
  description!: string;

  @Field(() => String, { description: 'The unit of its values, e.g. "%" or "days".' })
  unit!: string;

  @Field(() => MeasureDirection, { description: 'Which way is improvement.' })
  direction!: MeasureDirection;

  @Field(() => Float, { nullable: true, description: 'The value the project aims for; null when there is no target.' })
  target!: number | null;

  @Field(() => ChartKind, { description: 'Which SPC chart suits the measure.' })
  chart!: ChartKind;

  projectId!: string;
}

@ObjectType({
  description: "One period's value of a QI measure (on a T chart, one event and the days since the previous one), with the chart settings that fall on it.",
})
export class QiMeasureValue {
  @Field(() => LocalDate, { description: 'The first day of the period the value covers.' })
  periodStart!: string;

  @Field(() => Float, { description: "The value, in the measure's unit." })
  value!: number;

  @Field(() => Boolean, { description: "True when the measure's chart settings ghost this point: shown but left out of SPC calculations." })
  ghosted!: boolean;

  @Field(() => Boolean, { description: "True when the measure's chart settings recalculate the limits from this point on." })
  rebase!: boolean;
}

@ObjectType({ description: 'A Plan-Do-Study-Act cycle: one test of a change idea, what happened, and what was decided.' })
export class PdsaCycle {
  @Field(() => ID, { description: "The cycle's id." })
  id!: string;

  @Field(() => Int, { description: "The cycle's number within its project, from 1." })
  sequence!: number;

  @Field(() => String, { description: 'The change idea being tested.' })
  changeIdea!: string;

  @Field(() => String, { description: 'Plan: what will be tried, by whom, and the prediction.' })
  plan!: string;

  @Field(() => String, { name: 'do', description: 'Do: what actually happened when the change was tried; may be empty.' })
  doNotes!: string;

  @Field(() => String, { description: 'Study: what the data showed against the prediction; may be empty.' })
  study!: string;

  @Field(() => String, { description: 'Act: what the team will do next; may be empty.' })
  act!: string;

  @Field(() => PdsaDecision, { nullable: true, description: 'Whether the idea was adopted, adapted or abandoned; null until decided.' })
  decision!: PdsaDecision | null;

  @Field(() => LocalDate, { description: 'The day the test started.' })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the test ended; null while it runs.' })
  endedOn!: string | null;

  @Field(() => Boolean, { description: "True when the cycle is also marked on the SPC charts of its project's service." })
  showOnServiceCharts!: boolean;

  projectId!: string;
}
