import { DecimalType, Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { QiMeasure } from './qi-measure.entity.js';

/** A measure's value for the period starting on `periodStart`. */
@Entity({ tableName: 'qi_measure_value' })
export class QiMeasureValue {
  [PrimaryKeyProp]?: ['measure', 'periodStart'];

  @ManyToOne(() => QiMeasure, { ...foreignKey('qi_measure_value', 'measure_id', 'cascade'), primary: true })
  measure!: QiMeasure;

  @PrimaryKey({ type: 'date' })
  periodStart!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  value!: number;

  /** Shown on the chart but left out of the limits. */
  @Property({ type: 'boolean', default: false })
  ghosted: Opt<boolean> = false;

  /** Limits are recalculated from this point on. */
  @Property({ type: 'boolean', default: false })
  rebase: Opt<boolean> = false;
}
