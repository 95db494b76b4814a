import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { HubUser } from './hub-user.entity.js';

/** One thing someone did: signed in, read records, changed data or settings. Append-only in the database. */
@Entity({ tableName: 'audit_log' })
@Index({ name: 'audit_log_at_idx', properties: ['at'] })
@Index({ name: 'audit_log_user_idx', properties: ['user', 'at'] })
export class AuditLogEntry {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  at?: Date;

  @ManyToOne(() => HubUser, {
    fieldName: 'user_id',
    foreignKeyName: 'audit_log_user_id_fkey',
    updateRule: 'no action',
    deleteRule: 'set null',
    nullable: true,
  })
  user?: HubUser | null;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text', nullable: true })
  operation?: string | null;

  @Property({ type: 'jsonb', defaultRaw: `'{}'::jsonb` })
  detail?: unknown;

  @Property({ type: 'integer', nullable: true })
  rowCount?: number | null;
}
