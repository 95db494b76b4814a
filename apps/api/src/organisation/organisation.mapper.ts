import type { KpiDirection, KpiMetric, KpiPeriod, KpiUnit, OrganisationKind } from './organisation.enums.js';
import type { ContractRow, KpiPeriodRow, KpiRow, OrganisationRow } from './organisation.repository.js';
import { Contract, Kpi, KpiTarget, KpiValue, Organisation } from './organisation.type.js';

export const toOrganisation = (row: OrganisationRow): Organisation =>
  Object.assign(new Organisation(), { id: row.id, code: row.code, name: row.name, kind: row.kind as OrganisationKind });

export const toContract = (row: ContractRow): Contract =>
  Object.assign(new Contract(), {
    id: row.id,
    code: row.code,
    title: row.title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    extensionEndsOn: row.extension_ends_on,
    commissionerId: row.commissioner_id,
  });

export const toKpi = (row: KpiRow): Kpi =>
  Object.assign(new Kpi(), {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    metric: row.metric as KpiMetric,
    unit: row.unit as KpiUnit,
    direction: row.direction as KpiDirection,
    period: row.period as KpiPeriod,
    tolerance: row.tolerance,
    contractId: row.contract_id,
  });

export const toKpiTarget = (row: KpiPeriodRow): KpiTarget => Object.assign(new KpiTarget(), { periodStart: row.period_start, target: row.amount });

export const toKpiValue = (row: KpiPeriodRow): KpiValue => Object.assign(new KpiValue(), { periodStart: row.period_start, value: row.amount });
