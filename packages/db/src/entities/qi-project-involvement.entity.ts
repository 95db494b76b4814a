import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { QiProject } from './qi-project.entity.js';

/** "Big I": service users or carers are team members; "little i": they are consulted. */
export const INVOLVEMENT_LEVELS = ['big_i', 'little_i', 'none'] as const;
export type InvolvementLevel = (typeof INVOLVEMENT_LEVELS)[number];

/** A project's service-user involvement from `effectiveOn` until its next entry. */
@Entity({ tableName: 'qi_project_involvement' })
export class QiProjectInvolvement {
  [PrimaryKeyProp]?: ['project', 'effectiveOn'];

  @ManyToOne(() => QiProject, { ...foreignKey('qi_project_involvement', 'project_id', 'cascade'), primary: true })
  project!: QiProject;

  @PrimaryKey({ type: 'date' })
  effectiveOn!: string;

  @Enum({ items: [...INVOLVEMENT_LEVELS] })
  level!: InvolvementLevel;
}
