import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { HubUser } from './hub-user.entity.js';

/** A personal API token for scripts: shown once, kept as its SHA-256, with an expiry. */
@Entity({ tableName: 'api_token' })
@Index({ name: 'api_token_user_idx', properties: ['user'] })
export class ApiToken {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => HubUser, foreignKey('api_token', 'user_id', 'cascade'))
  user!: HubUser;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: 'api_token_token_hash_key' })
  tokenHash!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
