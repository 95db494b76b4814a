import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export const ORGANISATION_KINDS = ['commissioner', 'provider'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A commissioner or a provider (docs/methods.md, "The service and its vocabulary"). */
@Entity({ tableName: 'organisation' })
export class Organisation {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'text', unique: 'organisation_code_key' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: [...ORGANISATION_KINDS] })
  kind!: OrganisationKind;
}
