import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A single sign-on nonce already used, kept until its token expires, so that no API process
 * accepts a replayed ID token that another process has seen (docs/single-sign-on.md).
 */
@Entity({ tableName: 'oidc_used_nonce' })
@Index({ name: 'oidc_used_nonce_expires_at', properties: ['expiresAt'] })
export class OidcUsedNonce {
  @PrimaryKey({ type: 'text' })
  nonceKey!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
