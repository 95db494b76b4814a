import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../common/page.types.js';
import { LocalDate } from '../common/scalars.js';
import { Condition } from '../reference/reference.enums.js';
import { ReferralStatus } from './referral.enums.js';

@ObjectType({ description: 'A request for one person to join one programme, from one source, and the path it has taken since.' })
export class Referral {
  @Field(() => ID, { description: 'The referral\'s id.' })
  id!: string;

  @Field(() => LocalDate, { description: 'The day the service received the referral.' })
  receivedOn!: string;

  @Field(() => String, { description: 'Why the person was referred, as written by the referrer; may be empty.' })
  reason!: string;

  @Field(() => [Condition], { description: 'The long-term conditions the referral is for.' })
  conditions!: Condition[];

  @Field(() => ReferralStatus, { description: 'The step the referral has reached now.' })
  status!: ReferralStatus;

  @Field(() => LocalDate, { nullable: true, description: 'The day the person was assessed; null if not (yet) assessed.' })
  assessedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the person started the programme; null if not (yet) started.' })
  startedOn!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The day the referral ended: completed, declined, did not start or dropped out; null while it is open.',
  })
  endedOn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Waiting time: whole days from the day received to the day started; null until the person starts.',
  })
  waitDays!: number | null;

  personId!: string;
  programmeId!: string;
  sourceCode!: string;
  outreachEventId!: string | null;
}

@ObjectType({ description: 'One step in a referral\'s history and the day it happened.' })
export class ReferralStatusEvent {
  @Field(() => ReferralStatus, { description: 'The step reached.' })
  status!: ReferralStatus;

  @Field(() => LocalDate, { description: 'The day the step was reached.' })
  occurredOn!: string;
}

export const ReferralConnection = connectionType(Referral, 'Referral', { one: 'referral', many: 'referrals' });
export type ReferralConnection = InstanceType<typeof ReferralConnection>;

@ObjectType({ description: 'How many referrals matching a filter were received in one calendar month.' })
export class MonthlyReferralCount {
  @Field(() => LocalDate, { description: 'The first day of the month.' })
  month!: string;

  @Field(() => Int, { description: 'Referrals received in that month; 0 for a month with none.' })
  count!: number;
}

@ObjectType({ description: 'How many referrals matching a filter went to one programme.' })
export class ProgrammeReferralCount {
  @Field(() => Int, { description: 'Referrals to the programme that match the filter.' })
  count!: number;

  programmeId!: string;
}
