import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { QiMeasure } from './qi-measure.entity.js';
import { QiProject } from './qi-project.entity.js';

/** A dated note on a project, or on one of its measures' charts. */
@Entity({ tableName: 'qi_annotation' })
@Index({ name: 'qi_annotation_project_idx', properties: ['project'] })
export class QiAnnotation {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => QiProject, foreignKey('qi_annotation', 'project_id', 'cascade'))
  project!: QiProject;

  @ManyToOne(() => QiMeasure, { ...foreignKey('qi_annotation', 'measure_id', 'cascade'), nullable: true })
  measure?: QiMeasure | null;

  @Property({ type: 'date' })
  notedOn!: string;

  @Property({ type: 'text' })
  text!: string;
}
