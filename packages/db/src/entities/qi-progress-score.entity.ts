import { DecimalType, Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { QiProject } from './qi-project.entity.js';

/** A progress score a QI team set on `scoredOn`; the project's current score is the latest. */
@Entity({ tableName: 'qi_progress_score' })
export class QiProgressScore {
  [PrimaryKeyProp]?: ['project', 'scoredOn'];

  @ManyToOne(() => QiProject, { ...foreignKey('qi_progress_score', 'project_id', 'cascade'), primary: true })
  project!: QiProject;

  @PrimaryKey({ type: 'date' })
  scoredOn!: string;

  /** IHI progress score, 0.5 to 5.0 in steps of 0.5. */
  @Property({ type: new DecimalType('number'), columnType: 'numeric(2,1)' })
  score!: number;
}
