import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { HubUser } from './hub-user.entity.js';

export const SCOPE_KINDS = ['contract', 'service', 'programme', 'qi_project'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** One contract, service, programme or QI project a user's role applies to. */
@Entity({ tableName: 'user_scope' })
export class UserScope {
  [PrimaryKeyProp]?: ['user', 'kind', 'refId'];

  @ManyToOne(() => HubUser, { ...foreignKey('user_scope', 'user_id', 'cascade'), primary: true })
  user!: HubUser;

  @Enum({ items: [...SCOPE_KINDS], primary: true })
  kind!: ScopeKind;

  @PrimaryKey({ type: 'integer' })
  refId!: number;
}
