import { Entity, Enum, PrimaryKeyProp, Property } from '@mikro-orm/core';

export const REFERRAL_SOURCE_CODES = ['gp', 'hospital', 'community', 'social_care', 'self', 'other'] as const;
export type ReferralSourceCode = (typeof REFERRAL_SOURCE_CODES)[number];

/** Where a referral came from (docs/methods.md, "Codes"); the rows are loaded by the migration. */
@Entity({ tableName: 'referral_source' })
export class ReferralSource {
  [PrimaryKeyProp]?: 'code';

  @Enum({ items: [...REFERRAL_SOURCE_CODES], primary: true })
  code!: ReferralSourceCode;

  @Property({ type: 'text', unique: 'referral_source_name_key' })
  name!: string;

  @Property({ type: 'smallint', unique: 'referral_source_sort_order_key' })
  sortOrder!: number;
}
