import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested, registerDecorator, type ValidationOptions } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsIdOf } from '../common/argument.error.js';
import { IsOnOrAfter } from '../common/date.validator.js';
import { LocalDate } from '../common/scalars.js';
import { ChartKind, InvolvementLevel, MeasureDirection, PdsaDecision, QiProjectStatus } from './qi.enums.js';

/** class-validator: an IHI progress score, 0.5 to 5.0 in steps of 0.5 (docs/methods.md, "QI measures"). */
function IsProgressScore(options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isProgressScore',
      target: target.constructor,
      propertyName,
      options: { message: 'must be between 0.5 and 5.0 in steps of 0.5', ...options },
      validator: { validate: (value: unknown) => typeof value === 'number' && value >= 0.5 && value <= 5 && Number.isInteger(value * 2) },
    });
  };
}

/** class-validator: a finite number (GraphQL Float already refuses NaN; this keeps ±1e308 sums finite too). */
function IsModest(options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isModest',
      target: target.constructor,
      propertyName,
      options: { message: 'must be a number between -1e12 and 1e12', ...options },
      validator: { validate: (value: unknown) => value == null || (typeof value === 'number' && Math.abs(value) <= 1e12) },
    });
  };
}

@InputType({ description: 'A QI project as the team records it. On update every field is given again (the form sends what it shows).' })
export class QiProjectInput {
  @Field(() => String, { description: "The project's title, 1 to 200 characters." })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  title!: string;

  @Field(() => String, { description: 'The team running the project, 1 to 200 characters.' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  team!: string;

  @Field(() => String, { description: 'The aim statement: what will improve, by how much, by when; 1 to 2000 characters.' })
  @Length(1, 2000, { message: 'must be 1 to 2000 characters' })
  aim!: string;

  @Field(() => ID, { nullable: true, description: 'The service the project improves; leave out for a project across the whole hub.' })
  @IsOptional()
  @IsIdOf('int', { each: false, message: 'must be an id this API issued' })
  serviceId?: string | null;

  @Field(() => LocalDate, { description: 'The day the project started; not in the future.' })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the project ended; must not be before startedOn. Leave out while it runs.' })
  @IsOnOrAfter('startedOn', { message: 'must be on or after startedOn' })
  endedOn?: string | null;

  @Field(() => QiProjectStatus, { description: 'The stage the project has reached.' })
  status!: QiProjectStatus;

  @Field(() => Float, { description: 'The IHI progress score, 0.5 to 5.0 in steps of 0.5. A new score or date is added to the score history.' })
  @IsProgressScore()
  progressScore!: number;

  @Field(() => LocalDate, { description: 'The day the team set the progress score; not in the future, nor before the last score in the history.' })
  progressScoredOn!: string;

  @Field(() => InvolvementLevel, {
    description: 'Service-user and carer involvement from involvementChangedOn. A change is appended to the involvement history.',
  })
  involvementLevel!: InvolvementLevel;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The day the involvement level took effect: not in the future, nor before the last change. Used only when the level changes; defaults to startedOn for a new project and to today for an update.',
  })
  involvementChangedOn?: string | null;
}

@InputType({ description: 'A QI measure: what is counted, how, and which way is better.' })
export class QiMeasureInput {
  @Field(() => String, { description: "The measure's name, 1 to 200 characters, unique within its project." })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name!: string;

  @Field(() => String, { description: "How the measure is defined and collected (shown as the measure's description); up to 2000 characters." })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  definition!: string;

  @Field(() => String, { description: 'The unit of its values, e.g. "%" or "days"; 1 to 40 characters. A T chart is always in days.' })
  @Length(1, 40, { message: 'must be 1 to 40 characters' })
  unit!: string;

  @Field(() => MeasureDirection, { description: 'Which way is improvement.' })
  direction!: MeasureDirection;

  @Field(() => Float, { nullable: true, description: "The value the project aims for; leave out for none. The same target as the chart settings'." })
  @IsModest()
  target?: number | null;

  @Field(() => ChartKind, {
    description: 'XMR for a value per period; T for days between rare events, recorded as event dates. Fixed once values are recorded.',
  })
  chart!: ChartKind;
}

@InputType({
  description:
    'One value of a measure. For an XmR measure: periodStart and value. For a T-chart measure: the date of one event (eventDate, or periodStart), with value left out: the days between events are counted from the dates (docs/methods.md, "QI measures").',
})
export class QiMeasureValueInput {
  @Field(() => LocalDate, { nullable: true, description: 'The first day of the period the value covers (XmR), or the event date (T); not in the future.' })
  periodStart?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'For a T-chart measure: the day the event happened; not in the future. Give this or periodStart, not both.',
  })
  eventDate?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The value in the measure's unit; required for an XmR measure, and must be left out for a T chart (its days between events are counted from the dates).",
  })
  @IsModest()
  value?: number | null;
}

@InputType({ description: "A dated mark on a measure's chart with the reason for it." })
export class QiChartMarkInput {
  @Field(() => LocalDate, { description: 'A day in the period the mark applies to (the point whose period holds it).' })
  at!: string;

  @Field(() => String, { description: 'Why, for every reader of the chart; 1 to 500 characters.' })
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  reason!: string;
}

@InputType({ description: 'A measure\'s chart settings, replacing the ones stored (docs/methods.md, "QI measures").' })
export class QiChartSettingsInput {
  @Field(() => [QiChartMarkInput], { description: 'Where the limits are recalculated from, with why (a process change the team can name).' })
  @ArrayMaxSize(50, { message: 'may list at most 50 rebases' })
  @ValidateNested({ each: true })
  rebases!: QiChartMarkInput[];

  @Field(() => [QiChartMarkInput], { description: 'Points shown but left out of the limits, with why (a known one-off cause).' })
  @ArrayMaxSize(200, { message: 'may list at most 200 ghosts' })
  @ValidateNested({ each: true })
  ghosts!: QiChartMarkInput[];

  @Field(() => Float, { nullable: true, description: "The target the assurance icon compares with; leave out for none. Also the measure's target." })
  @IsModest()
  target?: number | null;
}

@InputType({ description: 'A PDSA cycle as the team records it; on update every field is given again.' })
export class PdsaCycleInput {
  @Field(() => String, { description: 'The change idea being tested; 1 to 500 characters.' })
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  changeIdea!: string;

  @Field(() => String, { description: 'Plan: what will be tried, by whom, and the prediction; 1 to 4000 characters.' })
  @Length(1, 4000, { message: 'must be 1 to 4000 characters' })
  plan!: string;

  // Kept as first published (the dashboard's form sends it); the cycle itself reads it back as `do`.
  @Field(() => String, { nullable: true, description: 'Do: what happened when the change was tried (read back as PdsaCycle.do); up to 4000 characters.' })
  @IsOptional()
  @MaxLength(4000, { message: 'must be at most 4000 characters' })
  doNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Study: what the data showed against the prediction; up to 4000 characters.' })
  @IsOptional()
  @MaxLength(4000, { message: 'must be at most 4000 characters' })
  study?: string | null;

  @Field(() => String, { nullable: true, description: 'Act: what the team will do next; up to 4000 characters.' })
  @IsOptional()
  @MaxLength(4000, { message: 'must be at most 4000 characters' })
  act?: string | null;

  @Field(() => LocalDate, { description: 'The day the test started; not in the future (today is allowed).' })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the test ended; must not be before startedOn. Leave out while it runs.' })
  @IsOnOrAfter('startedOn', { message: 'must be on or after startedOn' })
  endedOn?: string | null;

  @Field(() => PdsaDecision, { nullable: true, description: 'Adopt, adapt or abandon; may be left out while the cycle runs, required once endedOn is given.' })
  decision?: PdsaDecision | null;

  @Field(() => [ID], { description: "The measures the change should move; each must belong to the cycle's project. The cycle is marked on their SPC charts." })
  @ArrayMaxSize(50, { message: 'may list at most 50 measures' })
  @IsIdOf('int', { message: 'must hold ids this API issued' })
  measureIds!: string[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: "When the project has a service, also mark the cycle on that service's own SPC charts (e.g. monthly referrals).",
  })
  showOnServiceCharts!: boolean;
}

@InputType({ description: 'A dated note on a project, or on one of its measures.' })
export class QiAnnotationInput {
  @Field(() => ID, { nullable: true, description: 'The measure the note is about (of the same project); leave out for a note on the whole project.' })
  @IsOptional()
  @IsIdOf('int', { each: false, message: 'must be an id this API issued' })
  measureId?: string | null;

  @Field(() => LocalDate, { description: 'The day the note refers to.' })
  notedOn!: string;

  @Field(() => String, { description: 'The note, 1 to 500 characters.' })
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  text!: string;
}

@InputType({ description: 'A QI forum meeting as recorded; on update every field is given again.' })
export class QiForumMeetingInput {
  @Field(() => LocalDate, { description: 'The day the meeting was held; not in the future, and one meeting a day.' })
  heldOn!: string;

  @Field(() => Int, { description: 'How many staff attended, 0 to 1000.' })
  @IsInt()
  @Min(0, { message: 'must be 0 to 1000' })
  @Max(1000, { message: 'must be 0 to 1000' })
  staffAttendees!: number;

  @Field(() => Int, { description: 'How many service users and carers attended, 0 to 1000.' })
  @IsInt()
  @Min(0, { message: 'must be 0 to 1000' })
  @Max(1000, { message: 'must be 0 to 1000' })
  serviceUserCarerAttendees!: number;

  @Field(() => String, { description: 'Notes from the meeting; up to 4000 characters, may be empty.' })
  @MaxLength(4000, { message: 'must be at most 4000 characters' })
  notes!: string;

  @Field(() => [ID], { description: 'The QI projects discussed at the meeting.' })
  @ArrayMaxSize(200, { message: 'may list at most 200 projects' })
  @IsIdOf('int', { message: 'must hold ids this API issued' })
  projectIdsDiscussed!: string[];
}
