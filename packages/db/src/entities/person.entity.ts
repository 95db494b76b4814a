import { ArrayType, BigIntType, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { EthnicCategory } from './ethnic-category.entity.js';
import { foreignKey } from './foreign-key.options.js';
import type { Condition } from './referral.codes.js';
import { Referral } from './referral.entity.js';
import { Ward } from './ward.entity.js';

export const PERSON_SEXES = ['female', 'male', 'other', 'not_stated'] as const;
export type PersonSex = (typeof PERSON_SEXES)[number];

/**
 * A pseudonymised person: no name, address or NHS number, only its keyed HMAC (docs/methods.md, "Codes").
 * Bigserial ids are read as JavaScript numbers (BigIntType 'number'), as for every bigint key
 * here: counts of people, referrals and measurements stay far below 2^53.
 */
@Entity({ tableName: 'person' })
@Index({ name: 'person_ward_idx', properties: ['ward'] })
@Index({ name: 'person_ethnic_idx', properties: ['ethnicCategory'] })
export class Person {
  @PrimaryKey({ type: new BigIntType('number') })
  id!: number;

  /** Hex HMAC-SHA-256 of the NHS number. */
  @Property({ type: 'text', unique: 'person_pseudonym_key' })
  pseudonym!: string;

  @Property({ type: 'smallint' })
  birthYear!: number;

  @Enum({ items: [...PERSON_SEXES] })
  sex!: PersonSex;

  @ManyToOne(() => EthnicCategory, foreignKey('person', 'ethnic_code'))
  ethnicCategory!: EthnicCategory;

  @ManyToOne(() => Ward, { ...foreignKey('person', 'ward_code'), nullable: true })
  ward?: Ward | null;

  @Property({ type: 'text', nullable: true })
  lsoaCode?: string | null;

  @Property({ type: 'smallint', nullable: true })
  deprivationDecile?: number | null;

  @Property({ type: new ArrayType<Condition>(), columnType: 'text[]', defaultRaw: `'{}'` })
  conditions: Opt<Condition[]> = [];

  @OneToMany(() => Referral, (referral) => referral.person)
  referrals = new Collection<Referral>(this);
}
