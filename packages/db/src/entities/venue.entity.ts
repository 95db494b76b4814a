import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { Ward } from './ward.entity.js';

export const VENUE_KINDS = ['community_centre', 'leisure_centre', 'clinic', 'place_of_worship', 'other'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

/** A place where programme sessions run. */
@Entity({ tableName: 'venue' })
export class Venue {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'text', unique: 'venue_code_key' })
  code!: string;

  @Property({ type: 'text', unique: 'venue_name_key' })
  name!: string;

  @Enum({ items: [...VENUE_KINDS] })
  kind!: VenueKind;

  @ManyToOne(() => Ward, foreignKey('venue', 'ward_code'))
  ward!: Ward;
}
