import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** The roles of docs/methods.md, "Access and audit": what each may see is decided by the API's access policy. */
export const USER_ROLES = ['commissioner', 'analyst', 'service_manager', 'qi_lead', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A person who signs in to the hub: a local account, a single sign-on identity, or both. */
@Entity({ tableName: 'hub_user' })
@Unique({ name: 'hub_user_oidc_issuer_oidc_subject_key', properties: ['oidcIssuer', 'oidcSubject'] })
export class HubUser {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'text', unique: 'hub_user_email_key' })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Enum({ items: [...USER_ROLES] })
  role!: UserRole;

  @Property({ type: 'text', nullable: true })
  passwordHash?: string | null;

  @Property({ type: 'text', nullable: true })
  oidcIssuer?: string | null;

  @Property({ type: 'text', nullable: true })
  oidcSubject?: string | null;

  @Property({ type: 'boolean', default: false })
  recordAccess: boolean = false;

  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;
}
