import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars.js';
import { InvolvementLevel, QiProjectStatus } from './qi.enums.js';

@ObjectType({ description: 'A quality-improvement project: a team working towards an aim by testing changes and watching measures.' })
export class QiProject {
  @Field(() => ID, { description: "The project's id." })
  id!: string;

  @Field(() => String, { description: 'A short stable code for the project.' })
  code!: string;

  @Field(() => String, { description: "The project's title." })
  title!: string;

  @Field(() => String, { description: 'The team running the project.' })
  team!: string;

  @Field(() => String, { description: 'The aim statement: what will improve, by how much, by when.' })
  aim!: string;

  @Field(() => LocalDate, { description: 'The day the project started.' })
  startedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the project ended; null while it runs.' })
  endedOn!: string | null;

  @Field(() => QiProjectStatus, { description: 'The stage the project has reached.' })
  status!: QiProjectStatus;

  @Field(() => Float, {
    description: 'The IHI progress score set by the team, from 0.5 (intent to participate) to 5.0 (outstanding, sustained results), in steps of 0.5.',
  })
  progressScore!: number;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The day the current progress score was set; null when it was set before the hub kept a score history.',
  })
  progressScoredOn!: string | null;

  @Field(() => Int, {
    description:
      "Bumped by every saved change to the project's own fields; send it back with updateQiProject so a stale form is refused (CONFLICT) rather than overwriting someone else's change.",
  })
  version!: number;

  @Field(() => InvolvementLevel, { description: 'Service-user and carer involvement today: the latest level in effect; NONE when never recorded.' })
  involvementLevel!: InvolvementLevel;

  serviceId!: string | null;
}

@ObjectType({ description: "A change in a project's service-user and carer involvement, from a given day." })
export class InvolvementChange {
  @Field(() => LocalDate, { description: 'The day the level took effect.' })
  effectiveOn!: string;

  @Field(() => InvolvementLevel, { description: 'The level from that day.' })
  level!: InvolvementLevel;
}

@ObjectType({ description: 'A dated note on a project, or on one of its measures, explaining what happened at that point.' })
export class QiAnnotation {
  @Field(() => ID, { description: "The annotation's id." })
  id!: string;

  @Field(() => LocalDate, { description: 'The day the note refers to.' })
  notedOn!: string;

  @Field(() => String, { description: 'The note, up to 500 characters.' })
  text!: string;

  projectId!: string;
  measureId!: string | null;
}

@ObjectType({ description: 'A meeting of the QI forum, with attendance split into staff and service users and carers.' })
export class QiForumMeeting {
  @Field(() => ID, { description: "The meeting's id." })
  id!: string;

  @Field(() => LocalDate, { description: 'The day the meeting was held.' })
  heldOn!: string;

  @Field(() => Int, { description: 'How many staff attended.' })
  staffAttendees!: number;

  @Field(() => Int, { description: 'How many service users and carers attended.' })
  serviceUserCarerAttendees!: number;

  @Field(() => String, { description: 'Notes from the meeting; may be empty.' })
  notes!: string;
}
