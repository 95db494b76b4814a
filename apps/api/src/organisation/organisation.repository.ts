import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import type { OrganisationKind } from './organisation.enums.js';

export interface OrganisationRow {
  id: string;
  code: string;
  name: string;
  kind: string;
}
export interface ContractRow {
  id: string;
  code: string;
  title: string;
  commissioner_id: string;
  starts_on: string;
  ends_on: string;
  extension_ends_on: string | null;
}
export interface ContractProviderRow extends OrganisationRow {
  contract_id: string;
}
export interface KpiRow {
  id: string;
  contract_id: string;
  code: string;
  name: string;
  description: string;
  metric: string;
  unit: string;
  direction: string;
  period: string;
  tolerance: number;
}
export interface KpiPeriodRow {
  kpi_id: string;
  period_start: string;
  amount: number;
}

/** Queries for organisations, contracts and their KPI schedules. */
export class OrganisationRepository {
  constructor(private readonly sql: SqlClient) {}

  organisations(filter: { ids?: readonly string[]; kind?: OrganisationKind | null }): Promise<OrganisationRow[]> {
    const where = new SqlConditions().when(filter.ids, 'id = any(?::int[])', filter.ids).when(filter.kind, 'kind = ?', filter.kind);
    return this.sql.rows(`select id::text as id, code, name, kind from organisation ${where.toWhere()} order by name`, where.params);
  }

  contracts(ids?: readonly string[]): Promise<ContractRow[]> {
    const where = new SqlConditions().when(ids, 'id = any(?::int[])', ids);
    return this.sql.rows(
      `select id::text as id, code, title, commissioner_id::text as commissioner_id, starts_on, ends_on, extension_ends_on
       from contract ${where.toWhere()} order by starts_on, code`,
      where.params,
    );
  }

  providersOfContracts(contractIds: readonly string[]): Promise<ContractProviderRow[]> {
    return this.sql.rows(
      `select cp.contract_id::text as contract_id, o.id::text as id, o.code, o.name, o.kind
       from contract_provider cp join organisation o on o.id = cp.organisation_id
       where cp.contract_id = any(?::int[]) order by o.name`,
      [contractIds],
    );
  }

  kpis(filter: { ids?: readonly string[]; contractIds?: readonly string[] }): Promise<KpiRow[]> {
    const where = new SqlConditions()
      .when(filter.ids, 'id = any(?::int[])', filter.ids)
      .when(filter.contractIds, 'contract_id = any(?::int[])', filter.contractIds);
    return this.sql.rows(
      `select id::text as id, contract_id::text as contract_id, code, name, description, metric, unit, direction, period,
         tolerance::float8 as tolerance
       from kpi ${where.toWhere()} order by contract_id, code`,
      where.params,
    );
  }

  kpiTargets(kpiIds: readonly string[]): Promise<KpiPeriodRow[]> {
    return this.sql.rows(
      `select kpi_id::text as kpi_id, period_start, target::float8 as amount from kpi_target
       where kpi_id = any(?::int[]) order by period_start`,
      [kpiIds],
    );
  }

  kpiValues(kpiIds: readonly string[]): Promise<KpiPeriodRow[]> {
    return this.sql.rows(
      `select kpi_id::text as kpi_id, period_start, value::float8 as amount from kpi_value
       where kpi_id = any(?::int[]) order by period_start`,
      [kpiIds],
    );
  }
}
