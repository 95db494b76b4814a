import { Field, ObjectType } from 'type-graphql';
import { connectionType } from '../common/page.types.js';
import { LocalDate } from '../common/scalars.js';

@ObjectType({ description: 'One programme session offered to a referred person, and whether they came.' })
export class Attendance {
  @Field(() => LocalDate, { description: 'The day of the session.' })
  sessionOn!: string;

  @Field(() => Boolean, { description: 'True when the person attended the session.' })
  attended!: boolean;

  referralId!: string;
  venueId!: string;
}

export const AttendanceConnection = connectionType(Attendance, 'Attendance', { one: 'session', many: 'sessions' });
export type AttendanceConnection = InstanceType<typeof AttendanceConnection>;
