import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { HubUser } from './hub-user.entity.js';

/** A signed-in browser. Only the token's SHA-256 is kept; revoking sets `revokedAt`. */
@Entity({ tableName: 'user_session' })
@Index({ name: 'user_session_user_idx', properties: ['user'] })
export class UserSession {
  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => HubUser, foreignKey('user_session', 'user_id', 'cascade'))
  user!: HubUser;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
