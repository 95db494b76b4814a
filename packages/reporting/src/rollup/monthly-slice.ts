// Chooses whether a report can be answered from a monthly summary (referral_month,
// outcome_month) instead of the row-level views, and writes its conditions. A summary holds
// one slice per single dimension, so it serves any report with at most one dimension among its
// filters and groupings, and a period of whole months.
import type { FilterList, ResolvedFilter } from '../filter/report.filter.js';
import { inList } from '../filter/report-filter.sql.js';
import type { SqlParams } from '../sql/sql.params.js';

export type SliceDimension = 'ethnicCategory' | 'ethnicGroup' | 'ageBand' | 'sex' | 'deprivationDecile' | 'ward' | 'source' | 'status';

const SLICE_OF_LIST: Readonly<Partial<Record<FilterList, SliceDimension>>> = {
  ethnicCodes: 'ethnicCategory',
  ethnicGroups: 'ethnicGroup',
  ageBands: 'ageBand',
  sexes: 'sex',
  deprivationDeciles: 'deprivationDecile',
  wardCodes: 'ward',
  sourceCodes: 'source',
  statuses: 'status',
};

/** Which slice to read and what to keep of it. */
export interface MonthlySlice {
  dimension: SliceDimension | 'all';
  /** Values of the slice's dimension to keep; null keeps all. */
  values: string[] | null;
}

/** The summary slice for a filter and an optional grouping dimension; null when only rows will do. */
export function monthlySlice(filter: ResolvedFilter, grouped: SliceDimension | null): MonthlySlice | null {
  const dimensions = new Set<SliceDimension>(grouped ? [grouped] : []);
  let values: string[] | null = null;
  for (const [name, list] of Object.entries(filter.lists) as [FilterList, (string | number)[]][]) {
    const dimension = SLICE_OF_LIST[name];
    if (dimension === undefined) continue;
    dimensions.add(dimension);
    values = list.map(String);
  }
  if (dimensions.size > 1) return null;
  const [dimension = 'all'] = [...dimensions];
  if (filter.period && !wholeMonths(filter.period.from, filter.period.to)) return null;
  // Only the 'all' slice is split by start month.
  if (filter.period?.basis === 'started' && dimension !== 'all') return null;
  return { dimension, values };
}

/** Conditions on a summary row `alias` for the slice, the period and the programme and service lists. */
export function sliceConditions(slice: MonthlySlice, filter: ResolvedFilter, params: SqlParams, alias: string): string[] {
  const conditions = [`${alias}.dimension = ${params.add(slice.dimension, 'text')}`];
  if (slice.values) conditions.push(inList(`${alias}.value`, slice.values, 'text[]', params));
  if (filter.period) {
    const column = filter.period.basis === 'started' ? 'started_month' : 'received_month';
    conditions.push(`${alias}.${column} between ${params.add(filter.period.from, 'date')} and ${params.add(filter.period.to, 'date')}`);
  }
  if (filter.lists.programmeIds) conditions.push(inList(`${alias}.programme_id`, filter.lists.programmeIds, 'int[]', params));
  if (filter.lists.serviceIds) conditions.push(inList(`${alias}.service_id`, filter.lists.serviceIds, 'int[]', params));
  return conditions;
}

function wholeMonths(from: string, to: string): boolean {
  if (!from.endsWith('-01')) return false;
  const [year, month] = to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number(to.slice(8, 10)) === lastDay;
}

/** Tests and benchmarks force the row-level views to check a summary against them. */
export type RollupRoute = 'auto' | 'rows';
