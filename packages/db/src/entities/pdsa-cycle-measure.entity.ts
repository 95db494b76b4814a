import { Entity, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { PdsaCycle } from './pdsa-cycle.entity.js';
import { QiMeasure } from './qi-measure.entity.js';

/** A measure a PDSA cycle watches; the pivot of `PdsaCycle.measures`. */
@Entity({ tableName: 'pdsa_cycle_measure' })
export class PdsaCycleMeasure {
  [PrimaryKeyProp]?: ['cycle', 'measure'];

  @ManyToOne(() => PdsaCycle, { ...foreignKey('pdsa_cycle_measure', 'cycle_id', 'cascade'), primary: true })
  cycle!: PdsaCycle;

  @ManyToOne(() => QiMeasure, { ...foreignKey('pdsa_cycle_measure', 'measure_id', 'cascade'), primary: true })
  measure!: QiMeasure;
}
