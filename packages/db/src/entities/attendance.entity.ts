import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { Referral } from './referral.entity.js';
import { Venue } from './venue.entity.js';

/** Whether a referred person came to one programme session. */
@Entity({ tableName: 'attendance' })
@Index({ name: 'attendance_venue_idx', properties: ['venue'] })
export class Attendance {
  [PrimaryKeyProp]?: ['referral', 'sessionOn'];

  @ManyToOne(() => Referral, { ...foreignKey('attendance', 'referral_id', 'cascade'), primary: true })
  referral!: Referral;

  @PrimaryKey({ type: 'date' })
  sessionOn!: string;

  @ManyToOne(() => Venue, foreignKey('attendance', 'venue_id'))
  venue!: Venue;

  @Property({ type: 'boolean' })
  attended!: boolean;
}
