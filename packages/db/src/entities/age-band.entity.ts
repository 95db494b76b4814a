import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** A census age band such as '25-34' or '85+' (open-ended when maxAge is null). */
@Entity({ tableName: 'age_band' })
export class AgeBand {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'smallint' })
  minAge!: number;

  @Property({ type: 'smallint', nullable: true })
  maxAge?: number | null;

  @Property({ type: 'smallint', unique: 'age_band_sort_order_key' })
  sortOrder!: number;
}
