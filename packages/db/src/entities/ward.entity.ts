import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** An electoral ward; its ONS-style code is the key. */
@Entity({ tableName: 'ward' })
export class Ward {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text', unique: 'ward_name_key' })
  name!: string;

  @Property({ type: 'smallint', nullable: true })
  deprivationDecile?: number | null;
}
