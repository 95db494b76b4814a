import { DecimalType, Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { Kpi } from './kpi.entity.js';

/** The target of a KPI for the period that starts on `periodStart`. */
@Entity({ tableName: 'kpi_target' })
export class KpiTarget {
  [PrimaryKeyProp]?: ['kpi', 'periodStart'];

  @ManyToOne(() => Kpi, { ...foreignKey('kpi_target', 'kpi_id', 'cascade'), primary: true })
  kpi!: Kpi;

  @PrimaryKey({ type: 'date' })
  periodStart!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  target!: number;
}
