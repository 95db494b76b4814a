import { Collection, DecimalType, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { QiMeasureValue } from './qi-measure-value.entity.js';
import { QiProject } from './qi-project.entity.js';

/** Which way is improvement, for SPC icons (docs/methods.md, "SPC (Making Data Count)"). */
export const MEASURE_DIRECTIONS = ['increase', 'decrease', 'neither'] as const;
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];
/** XmR chart, or T chart for rare events. */
export const MEASURE_CHARTS = ['xmr', 't'] as const;
export type MeasureChart = (typeof MEASURE_CHARTS)[number];

/** A measure a QI project tracks over time. */
@Entity({ tableName: 'qi_measure' })
@Unique({ name: 'qi_measure_project_id_name_key', properties: ['project', 'name'] })
export class QiMeasure {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => QiProject, foreignKey('qi_measure', 'project_id', 'cascade'))
  project!: QiProject;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', default: '' })
  description: Opt<string> = '';

  @Property({ type: 'text' })
  unit!: string;

  @Enum({ items: [...MEASURE_DIRECTIONS] })
  direction!: MeasureDirection;

  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  target?: number | null;

  @Enum({ items: [...MEASURE_CHARTS], default: 'xmr' })
  chart: Opt<MeasureChart> = 'xmr';

  @OneToMany(() => QiMeasureValue, (value) => value.measure)
  values = new Collection<QiMeasureValue>(this);
}
