import type { SqlParams } from '../sql/sql.params.js';
import { FILTER_COLUMNS, type FilterList, type ResolvedFilter } from './report.filter.js';

/**
 * The WHERE conditions of a resolved filter over referral_fact or outcome_pair (both carry the
 * same dimension columns). Column names come from FILTER_COLUMNS; every value is a parameter.
 */
export function filterConditions(filter: ResolvedFilter, params: SqlParams, alias = ''): string[] {
  const prefix = alias ? `${alias}.` : '';
  const conditions: string[] = [];
  if (filter.period) {
    const column = `${prefix}${filter.period.basis === 'started' ? 'started_on' : 'received_on'}`;
    conditions.push(`${column} between ${params.add(filter.period.from, 'date')} and ${params.add(filter.period.to, 'date')}`);
  }
  for (const [name, values] of Object.entries(filter.lists) as [FilterList, (string | number)[]][]) {
    const { column, type } = FILTER_COLUMNS[name];
    conditions.push(inList(`${prefix}${column}`, values, type, params));
  }
  return conditions;
}

/**
 * `column = any($n)`, or `column = $n` for a single value: the planner estimates a plain
 * equality better and will then scan in parallel where it pays.
 */
export function inList(column: string, values: readonly (string | number)[], arrayType: string, params: SqlParams): string {
  return values.length === 1 ? `${column} = ${params.add(values[0], arrayType.replace('[]', ''))}` : `${column} = any(${params.add(values, arrayType)})`;
}

/** `where a and b`, or nothing when the filter is empty. */
export function whereClause(conditions: readonly string[]): string {
  return conditions.length ? `where ${conditions.join(' and ')}` : '';
}
