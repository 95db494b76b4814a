import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../common/page.types.js';
import { LocalDate } from '../common/scalars.js';

export enum OutreachKind {
  COMMUNITY_EVENT = 'community_event',
  FESTIVAL = 'festival',
  FAITH_TALK = 'faith_talk',
  HEALTH_FAIR = 'health_fair',
  OTHER = 'other',
}
registerEnumType(OutreachKind, {
  name: 'OutreachKind',
  description: 'What kind of outreach event it was.',
  valuesConfig: {
    COMMUNITY_EVENT: { description: 'A community event or group visit.' },
    FESTIVAL: { description: 'A festival stall.' },
    FAITH_TALK: { description: 'A talk at a place of worship, e.g. a mosque.' },
    HEALTH_FAIR: { description: 'A health fair or roadshow.' },
    OTHER: { description: 'Any other event.' },
  },
});

@ObjectType({ description: 'A community event, talk or festival held to reach people who use the service less, with the referrals attributed to it.' })
export class OutreachEvent {
  @Field(() => ID, { description: "The event's id." })
  id!: string;

  @Field(() => LocalDate, { description: 'The day the event was held.' })
  heldOn!: string;

  @Field(() => String, { description: "The event's title." })
  title!: string;

  @Field(() => OutreachKind, { description: 'What kind of event it was.' })
  kind!: OutreachKind;

  @Field(() => String, { description: 'The community the event was aimed at, e.g. "Pakistani women\'s group"; may be empty.' })
  community!: string;

  @Field(() => Int, { description: 'How many people attended the event.' })
  attendance!: number;

  wardCode!: string | null;
}

export const OutreachEventConnection = connectionType(OutreachEvent, 'OutreachEvent', {
  one: 'outreach event',
  many: 'outreach events',
});
export type OutreachEventConnection = InstanceType<typeof OutreachEventConnection>;
