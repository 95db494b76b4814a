import { Collection, Entity, Index, ManyToMany, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { ProgrammeVenue } from './programme-venue.entity.js';
import { Service } from './service.entity.js';
import { Venue } from './venue.entity.js';

/** A programme within a service, e.g. 12-week exercise rehab or an 8-week falls group. */
@Entity({ tableName: 'programme' })
@Index({ name: 'programme_service_idx', properties: ['service'] })
export class Programme {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'text', unique: 'programme_code_key' })
  code!: string;

  @Property({ type: 'text', unique: 'programme_name_key' })
  name!: string;

  @Property({ type: 'text', default: '' })
  description: Opt<string> = '';

  @ManyToOne(() => Service, foreignKey('programme', 'service_id'))
  service!: Service;

  @Property({ type: 'smallint' })
  durationWeeks!: number;

  @Property({ type: 'smallint', default: 1 })
  sessionsPerWeek: Opt<number> = 1;

  /** Price of a session, in pence; 0 when free. */
  @Property({ type: 'integer', default: 0 })
  feePence: Opt<number> = 0;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @ManyToMany({ entity: () => Venue, pivotEntity: () => ProgrammeVenue })
  venues = new Collection<Venue>(this);
}
