import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The one row whose number every write to a table reports read moves on, inside the writer's
 * transaction: the API keys its cached analytics answers on it (docs/methods.md, "Caching").
 */
@Entity({ tableName: 'data_version' })
export class DataVersion {
  @PrimaryKey({ type: 'boolean', defaultRaw: 'true' })
  onlyRow!: boolean;

  @Property({ type: 'bigint', defaultRaw: '0' })
  version!: string;
}
