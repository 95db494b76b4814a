import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { Ward } from './ward.entity.js';

export const OUTREACH_EVENT_KINDS = ['community_event', 'festival', 'faith_talk', 'health_fair', 'other'] as const;
export type OutreachEventKind = (typeof OUTREACH_EVENT_KINDS)[number];

/** A community event, festival or talk held to reach under-represented groups. */
@Entity({ tableName: 'outreach_event' })
@Index({ name: 'outreach_event_held_on_idx', properties: ['heldOn'] })
export class OutreachEvent {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'date' })
  heldOn!: string;

  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: [...OUTREACH_EVENT_KINDS] })
  kind!: OutreachEventKind;

  @ManyToOne(() => Ward, { ...foreignKey('outreach_event', 'ward_code'), nullable: true })
  ward?: Ward | null;

  /** The community the event was aimed at, in the organisers' words. */
  @Property({ type: 'text', default: '' })
  community: Opt<string> = '';

  @Property({ type: 'integer' })
  attendance!: number;
}
