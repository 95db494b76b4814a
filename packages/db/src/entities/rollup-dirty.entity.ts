import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A referral whose rollup rows are behind the data: left by a trigger on every write to a
 * referral, a person or an outcome measurement, and deleted when refreshRollupsBehind recomputes
 * that referral and its months (packages/db/src/rollup.refresh.ts).
 */
@Entity({ tableName: 'rollup_dirty' })
export class RollupDirty {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Property({ type: 'bigint' })
  referralId!: string;

  /** The table the statement wrote: referral, person or outcome_measurement. */
  @Property({ type: 'text' })
  tableName!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  notedAt?: Date;
}
