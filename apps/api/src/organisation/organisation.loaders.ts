import { groupLoader, rowLoader } from '../common/batch.loader.js';
import type { OrganisationRepository } from './organisation.repository.js';

export function createOrganisationLoaders(repository: OrganisationRepository) {
  return {
    organisation: rowLoader(
      (ids: readonly string[]) => repository.organisations({ ids }),
      (row) => row.id,
    ),
    contract: rowLoader(
      (ids: readonly string[]) => repository.contracts(ids),
      (row) => row.id,
    ),
    providersByContract: groupLoader(
      (ids: readonly string[]) => repository.providersOfContracts(ids),
      (row) => row.contract_id,
    ),
    kpi: rowLoader(
      (ids: readonly string[]) => repository.kpis({ ids }),
      (row) => row.id,
    ),
    kpisByContract: groupLoader(
      (ids: readonly string[]) => repository.kpis({ contractIds: ids }),
      (row) => row.contract_id,
    ),
    targetsByKpi: groupLoader(
      (ids: readonly string[]) => repository.kpiTargets(ids),
      (row) => row.kpi_id,
    ),
    valuesByKpi: groupLoader(
      (ids: readonly string[]) => repository.kpiValues(ids),
      (row) => row.kpi_id,
    ),
  };
}
export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
