import { Collection, Entity, Enum, ManyToMany, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { PdsaCycleMeasure } from './pdsa-cycle-measure.entity.js';
import { QiMeasure } from './qi-measure.entity.js';
import { QiProject } from './qi-project.entity.js';

export const PDSA_DECISIONS = ['adopt', 'adapt', 'abandon'] as const;
export type PdsaDecision = (typeof PDSA_DECISIONS)[number];

/** One plan-do-study-act cycle testing a change idea; `sequence` numbers a project's cycles from 1. */
@Entity({ tableName: 'pdsa_cycle' })
@Unique({ name: 'pdsa_cycle_project_id_sequence_key', properties: ['project', 'sequence'] })
export class PdsaCycle {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => QiProject, foreignKey('pdsa_cycle', 'project_id', 'cascade'))
  project!: QiProject;

  @Property({ type: 'smallint' })
  sequence!: number;

  @Property({ type: 'text' })
  changeIdea!: string;

  @Property({ type: 'text' })
  plan!: string;

  @Property({ type: 'text', default: '' })
  doNotes: Opt<string> = '';

  @Property({ type: 'text', default: '' })
  study: Opt<string> = '';

  @Property({ type: 'text', default: '' })
  act: Opt<string> = '';

  /** Null until the team has decided. */
  @Enum({ items: [...PDSA_DECISIONS], nullable: true })
  decision?: PdsaDecision | null;

  @Property({ type: 'date' })
  startedOn!: string;

  /** Also marked on the SPC charts of the project's service. */
  @Property({ type: 'boolean', default: false })
  showOnServiceCharts: Opt<boolean> = false;

  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @ManyToMany({ entity: () => QiMeasure, pivotEntity: () => PdsaCycleMeasure })
  measures = new Collection<QiMeasure>(this);
}
