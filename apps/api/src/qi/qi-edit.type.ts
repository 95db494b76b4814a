import { Field, Float, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../common/scalars.js';

@ObjectType({ description: "A dated mark on a measure's chart with the reason a user gave for it." })
export class QiChartMark {
  @Field(() => LocalDate, { description: 'The day given; the mark applies to the point whose period holds it.' })
  at!: string;

  @Field(() => String, { description: 'Why the mark was made.' })
  reason!: string;
}

@ObjectType({ description: 'The chart settings saved with a measure, shown to every reader and used by its SPC chart (docs/methods.md, "QI measures").' })
export class QiChartSettings {
  @Field(() => [QiChartMark], { description: 'Where the limits are recalculated from, oldest first.' })
  rebases!: QiChartMark[];

  @Field(() => [QiChartMark], { description: 'Points shown but left out of the limits, oldest first.' })
  ghosts!: QiChartMark[];

  @Field(() => Float, { nullable: true, description: 'The target the assurance icon compares with; null without one.' })
  target!: number | null;
}

@ObjectType({ description: "One change to a measure's values: a value recorded, corrected or deleted." })
export class QiMeasureValueChange {
  @Field(() => LocalDate, { description: 'The period (or, on a T chart, event date) whose value changed.' })
  periodStart!: string;

  @Field(() => Float, { nullable: true, description: 'The value before; null when it was first recorded.' })
  oldValue!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value after; null when it was deleted.' })
  newValue!: number | null;

  @Field(() => DateTime, { description: 'When the change was saved.' })
  changedAt!: Date;

  @Field(() => String, { description: "Who saved it: the account's name at the time." })
  changedBy!: string;

  @Field(() => String, { nullable: true, description: 'Why, for a correction or deletion (or a recount of days between events); null for a first recording.' })
  reason!: string | null;
}

@ObjectType({ description: 'A progress score the team set, and the day they set it.' })
export class ProgressScoreChange {
  @Field(() => LocalDate, { description: 'The day the team set the score.' })
  scoredOn!: string;

  @Field(() => Float, { description: 'The IHI progress score, 0.5 to 5.0.' })
  score!: number;
}
