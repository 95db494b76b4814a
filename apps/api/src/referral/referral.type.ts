import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../common/page.types.js';
import { LocalDate } from '../common/scalars.js';
import { Condition } from '../reference/reference.enums.js';
import { ReferralStatus } from './referral.enums.js';

@ObjectType({ description: 'A request for one person to join one programme, from one source, and the path it has taken since.' })
export class Referral {
  @Field(() => ID, { description: "The referral's id." })
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

@ObjectType({ description: "One step in a referral's history and the day it happened." })
export class ReferralStatusEvent {
  @Field(() => ReferralStatus, { description: 'The step reached.' })
  status!: ReferralStatus;

  @Field(() => LocalDate, { description: 'The day the step was reached.' })
  occurredOn!: string;
}

export const ReferralConnection = connectionType(Referral, 'Referral', { one: 'referral', many: 'referrals' });
export type ReferralConnection = InstanceType<typeof ReferralConnection>;

const SUPPRESSED =
  'True when disclosure control (docs/methods.md, "Disclosure control") withheld the count: 1 to 7 referrals, shown as null. Every other count is rounded to the nearest 5, and 0 is shown; roles that see records get exact counts.';
const REASON = 'Why count is null ("suppressed: fewer than 8"); null when the count is shown.';

@ObjectType({
  description: 'How many referrals matching a filter were received in one calendar month, disclosure-controlled (docs/methods.md, "Disclosure control").',
})
export class MonthlyReferralCount {
  @Field(() => LocalDate, { description: 'The first day of the month.' })
  month!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Referrals received in that month, rounded to the nearest 5; 0 for a month with none; null when withheld (1 to 7).',
  })
  count!: number | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;
}

@ObjectType({ description: 'How many referrals matching a filter went to one programme, disclosure-controlled (docs/methods.md, "Disclosure control").' })
export class ProgrammeReferralCount {
  @Field(() => Int, {
    nullable: true,
    description: 'Referrals to the programme that match the filter, rounded to the nearest 5; null when withheld (1 to 7).',
  })
  count!: number | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: REASON })
  reason!: string | null;

  programmeId!: string;
}
