import { reaches, type Reach } from '../access/access.policy.js';
import { ForbiddenError } from '../access/access.errors.js';
import { loadRequired } from '../common/batch.loader.js';
import type { OrganisationKind } from './organisation.enums.js';
import type { OrganisationLoaders } from './organisation.loaders.js';
import { toContract, toKpi, toKpiTarget, toKpiValue, toOrganisation } from './organisation.mapper.js';
import type { OrganisationRepository } from './organisation.repository.js';
import type { Contract, Kpi, KpiTarget, KpiValue, Organisation } from './organisation.type.js';

/** Organisations, the contracts between them, and each contract's KPI schedule. */
export class OrganisationService {
  constructor(
    private readonly repository: OrganisationRepository,
    private readonly loaders: OrganisationLoaders,
    /** The contracts whose figures the caller may read: KPI values a provider reported are figures. */
    private readonly contractReach: Reach = 'all',
  ) {}

  async organisations(kind: OrganisationKind | null): Promise<Organisation[]> {
    return (await this.repository.organisations({ kind })).map(toOrganisation);
  }

  async organisation(id: string): Promise<Organisation | null> {
    const row = await this.loaders.organisation.load(id);
    return row && toOrganisation(row);
  }

  async requiredOrganisation(id: string): Promise<Organisation> {
    return toOrganisation(await loadRequired(this.loaders.organisation, id, 'Organisation'));
  }

  async contracts(): Promise<Contract[]> {
    return (await this.repository.contracts()).map(toContract);
  }

  async contract(id: string): Promise<Contract | null> {
    const row = await this.loaders.contract.load(id);
    return row && toContract(row);
  }

  async requiredContract(id: string): Promise<Contract> {
    return toContract(await loadRequired(this.loaders.contract, id, 'Contract'));
  }

  async providers(contractId: string): Promise<Organisation[]> {
    return (await this.loaders.providersByContract.load(contractId)).map(toOrganisation);
  }

  async kpisOfContract(contractId: string): Promise<Kpi[]> {
    return (await this.loaders.kpisByContract.load(contractId)).map(toKpi);
  }

  async kpi(id: string): Promise<Kpi | null> {
    const row = await this.loaders.kpi.load(id);
    return row && toKpi(row);
  }

  async requiredKpi(id: string): Promise<Kpi> {
    return toKpi(await loadRequired(this.loaders.kpi, id, 'KPI'));
  }

  async targets(kpiId: string): Promise<KpiTarget[]> {
    return (await this.loaders.targetsByKpi.load(kpiId)).map(toKpiTarget);
  }

  async reportedValues(kpiId: string): Promise<KpiValue[]> {
    const kpi = await loadRequired(this.loaders.kpi, kpiId, 'KPI');
    if (!reaches(this.contractReach, Number(kpi.contract_id))) {
      throw new ForbiddenError(`The reported values of KPI "${kpi.code}" belong to a contract that is not one of yours.`);
    }
    return (await this.loaders.valuesByKpi.load(kpiId)).map(toKpiValue);
  }
}
