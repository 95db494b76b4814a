import { DecimalType, Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { Kpi } from './kpi.entity.js';

/** A value a provider reports by hand for a 'reported' KPI; other KPIs are computed. */
@Entity({ tableName: 'kpi_value' })
export class KpiValue {
  [PrimaryKeyProp]?: ['kpi', 'periodStart'];

  @ManyToOne(() => Kpi, { ...foreignKey('kpi_value', 'kpi_id', 'cascade'), primary: true })
  kpi!: Kpi;

  @PrimaryKey({ type: 'date' })
  periodStart!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  value!: number;
}
