import { Collection, DecimalType, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { PdsaCycle } from './pdsa-cycle.entity.js';
import { QiAnnotation } from './qi-annotation.entity.js';
import { QiMeasure } from './qi-measure.entity.js';
import { QiProjectInvolvement } from './qi-project-involvement.entity.js';
import { Service } from './service.entity.js';

export const QI_PROJECT_STATUSES = ['planning', 'testing', 'implementing', 'sustaining', 'closed'] as const;
export type QiProjectStatus = (typeof QI_PROJECT_STATUSES)[number];

/** A quality-improvement project (docs/methods.md, "The service and its vocabulary"). */
@Entity({ tableName: 'qi_project' })
export class QiProject {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'text', unique: 'qi_project_code_key' })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  team!: string;

  @Property({ type: 'text' })
  aim!: string;

  @ManyToOne(() => Service, { ...foreignKey('qi_project', 'service_id'), nullable: true })
  service?: Service | null;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Enum({ items: [...QI_PROJECT_STATUSES] })
  status!: QiProjectStatus;

  /** IHI progress score, 0.5 to 5.0 in steps of 0.5, set by the team. */
  @Property({ type: new DecimalType('number'), columnType: 'numeric(2,1)' })
  progressScore!: number;

  /** Bumped by every saved edit, so a form saved from a stale copy is refused. */
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  @Property({ type: 'timestamptz', nullable: true })
  changedAt?: Date | null;

  /** The name of the account that last saved the project. */
  @Property({ type: 'text', nullable: true })
  changedBy?: string | null;

  @OneToMany(() => QiProjectInvolvement, (involvement) => involvement.project)
  involvements = new Collection<QiProjectInvolvement>(this);

  @OneToMany(() => QiMeasure, (measure) => measure.project)
  measures = new Collection<QiMeasure>(this);

  @OneToMany(() => PdsaCycle, (cycle) => cycle.project)
  cycles = new Collection<PdsaCycle>(this);

  @OneToMany(() => QiAnnotation, (annotation) => annotation.project)
  annotations = new Collection<QiAnnotation>(this);
}
