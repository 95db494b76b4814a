import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { AgeBand } from './age-band.entity.js';
import { EthnicCategory } from './ethnic-category.entity.js';
import { foreignKey } from './foreign-key.options.js';
import { Ward } from './ward.entity.js';

/** Census sexes: the population denominators have no 'other' or 'not stated'. */
export const POPULATION_SEXES = ['female', 'male'] as const;
export type PopulationSex = (typeof POPULATION_SEXES)[number];

/** Residents in one ward × ethnic category × age band × sex cell, the denominator of uptake gaps (docs/methods.md, "Uptake gaps"). */
@Entity({ tableName: 'population' })
export class Population {
  [PrimaryKeyProp]?: ['year', 'ward', 'ethnicCategory', 'ageBand', 'sex'];

  @PrimaryKey({ type: 'smallint' })
  year!: number;

  @ManyToOne(() => Ward, { ...foreignKey('population', 'ward_code'), primary: true })
  ward!: Ward;

  @ManyToOne(() => EthnicCategory, { ...foreignKey('population', 'ethnic_code'), primary: true })
  ethnicCategory!: EthnicCategory;

  @ManyToOne(() => AgeBand, { ...foreignKey('population', 'age_band'), primary: true })
  ageBand!: AgeBand;

  @Enum({ items: [...POPULATION_SEXES], primary: true })
  sex!: PopulationSex;

  @Property({ type: 'integer' })
  residents!: number;
}
