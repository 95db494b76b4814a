import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** A QI forum meeting, with attendance split into staff and service users and carers. */
@Entity({ tableName: 'qi_forum_meeting' })
export class QiForumMeeting {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'date', unique: 'qi_forum_meeting_held_on_key' })
  heldOn!: string;

  @Property({ type: 'smallint' })
  staffAttendees!: number;

  @Property({ type: 'smallint' })
  serviceUserCarerAttendees!: number;

  @Property({ type: 'text', default: '' })
  notes: Opt<string> = '';
}
