// Names for the dimension values of an aggregate (programme 12 → "Falls prevention"), read in
// one statement for every dimension that needs the code tables. A missing value (no ward, no
// age recorded) is the group NOT_KNOWN_KEY, "Not known", kept rather than dropped (docs/methods.md, "Referral counts and aggregates").
import { SqlParams } from '../sql/sql.params.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { NOT_KNOWN_KEY } from '../uptake/uptake.dimensions.js';
import type { AggregateDimension } from './aggregate.catalogue.js';
import type { AggregateCell } from './aggregate.service.js';

/** Label by key, for each dimension asked about. */
export type DimensionLabels = Partial<Record<AggregateDimension, ReadonlyMap<string, string>>>;

/** Where the code tables hold the names; keys are compared as text. */
const TABLE_LABELS: Partial<Record<AggregateDimension, { table: string; key: string }>> = {
  programme: { table: 'programme', key: 'id::text' },
  service: { table: 'service', key: 'id::text' },
  source: { table: 'referral_source', key: 'code' },
  ward: { table: 'ward', key: 'code' },
  ethnicCategory: { table: 'ethnic_category', key: 'code' },
};

const FIXED_LABELS: Partial<Record<AggregateDimension, Readonly<Record<string, string>>>> = {
  sex: { female: 'Female', male: 'Male', other: 'Other', not_stated: 'Not stated' },
  status: {
    received: 'Received',
    assessed: 'Assessed',
    started: 'Started',
    completed: 'Completed',
    declined: 'Declined',
    did_not_start: 'Did not start',
    dropped_out: 'Dropped out',
  },
};

/** The key a dimension value is reported under. */
export function dimensionKey(value: string | number | null | undefined): string {
  return value === null || value === undefined ? NOT_KNOWN_KEY : String(value);
}

export async function aggregateLabels(runner: SqlRunner, dimensions: readonly AggregateDimension[], cells: readonly AggregateCell[]): Promise<DimensionLabels> {
  const keysOf = (dimension: AggregateDimension) => [...new Set(cells.map((cell) => dimensionKey(cell.dimensions[dimension])))];
  const fromTables = await tableLabels(
    runner,
    dimensions.filter((dimension) => TABLE_LABELS[dimension]),
    keysOf,
  );
  return Object.fromEntries(
    dimensions.map((dimension) => {
      const labels = new Map(keysOf(dimension).map((key) => [key, fixedLabel(dimension, key)]));
      for (const [key, label] of fromTables.get(dimension) ?? []) labels.set(key, label);
      return [dimension, labels];
    }),
  );
}

function fixedLabel(dimension: AggregateDimension, key: string): string {
  if (key === NOT_KNOWN_KEY) return 'Not known';
  if (dimension === 'deprivationDecile') return `Decile ${key}`;
  return FIXED_LABELS[dimension]?.[key] ?? key;
}

async function tableLabels(
  runner: SqlRunner,
  dimensions: readonly AggregateDimension[],
  keysOf: (dimension: AggregateDimension) => string[],
): Promise<Map<AggregateDimension, Map<string, string>>> {
  const found = new Map<AggregateDimension, Map<string, string>>();
  if (dimensions.length === 0) return found;
  const params = new SqlParams();
  const selects = dimensions.map((dimension) => {
    const { table, key } = TABLE_LABELS[dimension] as { table: string; key: string };
    return `select ${params.add(dimension, 'text')} as dimension, ${key} as key, name as label from ${table} where ${key} = any(${params.add(keysOf(dimension), 'text[]')})`;
  });
  const rows = await runner.query<{ dimension: AggregateDimension; key: string; label: string }>(selects.join(' union all '), params.values);
  for (const row of rows) {
    if (!found.has(row.dimension)) found.set(row.dimension, new Map());
    found.get(row.dimension)?.set(row.key, row.label);
  }
  return found;
}
