import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { Organisation } from './organisation.entity.js';
import { Programme } from './programme.entity.js';

/** A service people are referred into through the single front door, run by one provider. */
@Entity({ tableName: 'service' })
export class Service {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'text', unique: 'service_code_key' })
  code!: string;

  @Property({ type: 'text', unique: 'service_name_key' })
  name!: string;

  @Property({ type: 'text', default: '' })
  description: Opt<string> = '';

  /** The youngest age the service is for; population shares and rates count residents of its ages only. */
  @Property({ type: 'smallint', default: 16 })
  eligibleMinAge: Opt<number> = 16;

  /** The oldest age the service is for; null for no upper limit. */
  @Property({ type: 'smallint', nullable: true })
  eligibleMaxAge: number | null = null;

  @ManyToOne(() => Organisation, foreignKey('service', 'provider_id'))
  provider!: Organisation;

  @OneToMany(() => Programme, (programme) => programme.service)
  programmes = new Collection<Programme>(this);
}
