import { Collection, DecimalType, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Contract } from './contract.entity.js';
import { foreignKey } from './foreign-key.options.js';
import { KpiTarget } from './kpi-target.entity.js';
import { KpiValue } from './kpi-value.entity.js';

/** How a KPI is computed; 'reported' KPIs take their values from `kpi_value` instead. */
export const KPI_METRICS = [
  'referrals',
  'starts',
  'completions',
  'completion_rate',
  'start_rate',
  'wellbeing_improved_rate',
  'activity_improved_rate',
  'bame_referral_share',
  'median_wait_days',
  'reported',
] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];
export const KPI_UNITS = ['count', 'percent', 'days'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];
export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
export const KPI_PERIODS = ['month', 'quarter', 'year'] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];

/** A key performance indicator in a contract's schedule. */
@Entity({ tableName: 'kpi' })
@Unique({ name: 'kpi_contract_id_code_key', properties: ['contract', 'code'] })
export class Kpi {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Contract, foreignKey('kpi', 'contract_id', 'cascade'))
  contract!: Contract;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: [...KPI_METRICS] })
  metric!: KpiMetric;

  @Enum({ items: [...KPI_UNITS] })
  unit!: KpiUnit;

  /** Whether a higher or a lower value is better. */
  @Enum({ items: [...KPI_DIRECTIONS] })
  direction!: KpiDirection;

  @Enum({ items: [...KPI_PERIODS], default: 'quarter' })
  period: Opt<KpiPeriod> = 'quarter';

  /** Width of the tolerance band around the target, in the KPI's unit. */
  @Property({ type: new DecimalType('number'), columnType: 'numeric', default: 0 })
  tolerance: Opt<number> = 0;

  @OneToMany(() => KpiTarget, (target) => target.kpi)
  targets = new Collection<KpiTarget>(this);

  @OneToMany(() => KpiValue, (value) => value.kpi)
  values = new Collection<KpiValue>(this);
}
