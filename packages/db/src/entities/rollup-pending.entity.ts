import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A write the reporting rollups have not taken in yet: one row per statement that changed a table
 * they read, left by a trigger and deleted by refreshRollups (packages/db/src/rollup.refresh.ts).
 */
@Entity({ tableName: 'rollup_pending' })
export class RollupPending {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  /** The table the statement wrote, or 'migration' for the check owed after an upgrade. */
  @Property({ type: 'text' })
  tableName!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  notedAt?: Date;
}
