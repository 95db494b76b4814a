import { Entity, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { Contract } from './contract.entity.js';
import { foreignKey } from './foreign-key.options.js';
import { Organisation } from './organisation.entity.js';

/** A provider named on a contract; the pivot of `Contract.providers`. */
@Entity({ tableName: 'contract_provider' })
export class ContractProvider {
  [PrimaryKeyProp]?: ['contract', 'organisation'];

  @ManyToOne(() => Contract, { ...foreignKey('contract_provider', 'contract_id', 'cascade'), primary: true })
  contract!: Contract;

  @ManyToOne(() => Organisation, { ...foreignKey('contract_provider', 'organisation_id'), primary: true })
  organisation!: Organisation;
}
