import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { HubUser } from './hub-user.entity.js';

export const IMPORT_RUN_STATUSES = ['running', 'completed', 'failed'] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

/** One import of one file (docs/import.md): who, when, which file, and where each row ended. */
@Entity({ tableName: 'import_run' })
@Index({ name: 'import_run_file_idx', properties: ['fileSha256', 'kind'] })
export class ImportRun {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text', fieldName: 'file_sha256' })
  fileSha256!: string;

  @ManyToOne(() => HubUser, {
    fieldName: 'user_id',
    foreignKeyName: 'import_run_user_id_fkey',
    updateRule: 'no action',
    deleteRule: 'set null',
    nullable: true,
  })
  user?: HubUser | null;

  @Property({ type: 'text' })
  actor!: string;

  @Enum({ items: [...IMPORT_RUN_STATUSES] })
  status!: ImportRunStatus;

  @Property({ type: 'integer', default: 0 })
  rowsRead: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  inserted: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  updated: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  unchanged: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  quarantined: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  message?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  startedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
