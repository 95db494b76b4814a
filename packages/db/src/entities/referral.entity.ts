import { ArrayType, BigIntType, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Attendance } from './attendance.entity.js';
import { foreignKey } from './foreign-key.options.js';
import { OutcomeMeasurement } from './outcome-measurement.entity.js';
import { OutreachEvent } from './outreach-event.entity.js';
import { Person } from './person.entity.js';
import { Programme } from './programme.entity.js';
import { REFERRAL_STATUSES, type Condition, type ReferralStatus } from './referral.codes.js';
import { ReferralSource } from './referral-source.entity.js';
import { ReferralStatusEvent } from './referral-status-event.entity.js';
import { Service } from './service.entity.js';

/** A person's referral into a programme; the current status and the date of each step. */
@Entity({ tableName: 'referral' })
@Index({ name: 'referral_received_idx', properties: ['receivedOn'] })
@Index({ name: 'referral_person_idx', properties: ['person'] })
@Index({ name: 'referral_programme_received_idx', properties: ['programme', 'receivedOn'] })
@Index({ name: 'referral_source_idx', properties: ['source'] })
@Index({ name: 'referral_status_idx', properties: ['status'] })
@Unique({ name: 'referral_external_key', properties: ['externalService', 'externalId'] })
@Index({
  name: 'referral_outreach_idx',
  expression: 'create index "referral_outreach_idx" on "referral" ("outreach_event_id") where "outreach_event_id" is not null',
})
export class Referral {
  @PrimaryKey({ type: new BigIntType('number') })
  id!: number;

  @ManyToOne(() => Person, foreignKey('referral', 'person_id'))
  person!: Person;

  @ManyToOne(() => Programme, foreignKey('referral', 'programme_id'))
  programme!: Programme;

  @ManyToOne(() => ReferralSource, foreignKey('referral', 'source_code'))
  source!: ReferralSource;

  /** The outreach event the referral is attributed to, if any. */
  @ManyToOne(() => OutreachEvent, { ...foreignKey('referral', 'outreach_event_id'), nullable: true })
  outreachEvent?: OutreachEvent | null;

  /** The service's own identifier, for imported referrals (docs/import.md): unique per service. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  @ManyToOne(() => Service, { ...foreignKey('referral', 'external_service_id'), nullable: true })
  externalService?: Service | null;

  @Property({ type: 'date' })
  receivedOn!: string;

  @Property({ type: 'text', default: '' })
  reason: Opt<string> = '';

  @Property({ type: new ArrayType<Condition>(), columnType: 'text[]', defaultRaw: `'{}'` })
  conditions: Opt<Condition[]> = [];

  @Enum({ items: [...REFERRAL_STATUSES] })
  status!: ReferralStatus;

  @Property({ type: 'date', nullable: true })
  assessedOn?: string | null;

  /** The waiting time runs from receivedOn to this date. */
  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;

  /** Set once the referral has completed, or ended as declined, did not start or dropped out. */
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @OneToMany(() => ReferralStatusEvent, (event) => event.referral)
  statusEvents = new Collection<ReferralStatusEvent>(this);

  @OneToMany(() => Attendance, (attendance) => attendance.referral)
  attendances = new Collection<Attendance>(this);

  @OneToMany(() => OutcomeMeasurement, (measurement) => measurement.referral)
  outcomes = new Collection<OutcomeMeasurement>(this);
}
