import { DecimalType, Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { QiMeasure } from './qi-measure.entity.js';

/** A measure's value for the period starting on `periodStart` (on a T chart: the days since the previous event, dated on the event). */
@Entity({ tableName: 'qi_measure_value' })
export class QiMeasureValue {
  [PrimaryKeyProp]?: ['measure', 'periodStart'];

  @ManyToOne(() => QiMeasure, { ...foreignKey('qi_measure_value', 'measure_id', 'cascade'), primary: true })
  measure!: QiMeasure;

  @PrimaryKey({ type: 'date' })
  periodStart!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  value!: number;
}
