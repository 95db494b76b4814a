import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

export const ETHNIC_BROAD_GROUPS = ['White', 'Mixed', 'Asian', 'Black', 'Other', 'Not stated', 'Not known'] as const;
export type EthnicBroadGroup = (typeof ETHNIC_BROAD_GROUPS)[number];

/** NHS Data Dictionary ethnic category (docs/methods.md, "Codes"); the rows are loaded by the migration. */
@Entity({ tableName: 'ethnic_category' })
export class EthnicCategory {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text', unique: 'ethnic_category_name_key' })
  name!: string;

  @Enum({ items: [...ETHNIC_BROAD_GROUPS] })
  broadGroup!: EthnicBroadGroup;

  @Property({ type: 'smallint', unique: 'ethnic_category_sort_order_key' })
  sortOrder!: number;
}
