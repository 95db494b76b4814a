import { DecimalType, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { QiMeasure } from './qi-measure.entity.js';

/** One change to a measure's value for a period: recorded (no old value), corrected, or deleted (no new value). */
@Entity({ tableName: 'qi_measure_value_history' })
@Index({ name: 'qi_measure_value_history_measure_idx', properties: ['measure'] })
export class QiMeasureValueHistory {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @ManyToOne(() => QiMeasure, foreignKey('qi_measure_value_history', 'measure_id', 'cascade'))
  measure!: QiMeasure;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  oldValue?: number | null;

  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  newValue?: number | null;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  changedAt?: Date;

  /** The account's name at the time. */
  @Property({ type: 'text' })
  changedBy!: string;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
