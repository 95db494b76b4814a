import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { REFERRAL_STATUSES, type ReferralStatus } from './referral.codes.js';
import { Referral } from './referral.entity.js';

/** The date a referral reached one status; each status is reached at most once. */
@Entity({ tableName: 'referral_status_event' })
export class ReferralStatusEvent {
  [PrimaryKeyProp]?: ['referral', 'status'];

  @ManyToOne(() => Referral, { ...foreignKey('referral_status_event', 'referral_id', 'cascade'), primary: true })
  referral!: Referral;

  @Enum({ items: [...REFERRAL_STATUSES], primary: true })
  status!: ReferralStatus;

  @Property({ type: 'date' })
  occurredOn!: string;
}
