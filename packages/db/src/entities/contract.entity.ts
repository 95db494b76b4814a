import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { ContractProvider } from './contract-provider.entity.js';
import { foreignKey } from './foreign-key.options.js';
import { Kpi } from './kpi.entity.js';
import { Organisation } from './organisation.entity.js';

/** A commissioner's contract with one or more providers, with its KPI schedule. */
@Entity({ tableName: 'contract' })
export class Contract {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'text', unique: 'contract_code_key' })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => Organisation, foreignKey('contract', 'commissioner_id'))
  commissioner!: Organisation;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** End of the optional extension, if the contract has one. */
  @Property({ type: 'date', nullable: true })
  extensionEndsOn?: string | null;

  @ManyToMany({ entity: () => Organisation, pivotEntity: () => ContractProvider })
  providers = new Collection<Organisation>(this);

  @OneToMany(() => Kpi, (kpi) => kpi.contract)
  kpis = new Collection<Kpi>(this);
}
