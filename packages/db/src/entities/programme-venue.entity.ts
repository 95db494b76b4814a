import { Entity, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { Programme } from './programme.entity.js';
import { Venue } from './venue.entity.js';

/** A venue a programme runs at; the pivot of `Programme.venues`. */
@Entity({ tableName: 'programme_venue' })
export class ProgrammeVenue {
  [PrimaryKeyProp]?: ['programme', 'venue'];

  @ManyToOne(() => Programme, { ...foreignKey('programme_venue', 'programme_id', 'cascade'), primary: true })
  programme!: Programme;

  @ManyToOne(() => Venue, { ...foreignKey('programme_venue', 'venue_id'), primary: true })
  venue!: Venue;
}
