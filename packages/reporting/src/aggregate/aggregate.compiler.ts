import { filterConditions, whereClause } from '../filter/report-filter.sql.js';
import type { ResolvedFilter } from '../filter/report.filter.js';
import { monthlySlice, sliceConditions, type MonthlySlice, type RollupRoute, type SliceDimension } from '../rollup/monthly-slice.js';
import { SqlParams } from '../sql/sql.params.js';
import {
  AGGREGATE_DIMENSIONS,
  AGGREGATE_GRANULARITIES,
  AGGREGATE_MEASURES,
  WAIT_COUNT,
  type AggregateDimension,
  type AggregateGranularity,
  type AggregateMeasure,
  type DimensionSpec,
} from './aggregate.catalogue.js';

export interface AggregateShape {
  measures: readonly AggregateMeasure[];
  dimensions: readonly AggregateDimension[];
  granularity: AggregateGranularity;
}

export interface CompiledAggregate {
  sql: string;
  params: unknown[];
}

/**
 * One statement: the requested cells and the grand total together, through grouping sets, so
 * the total is computed from rows rather than from rounded cells. It reads referral_month when
 * every term can be summed from months, referral_fact otherwise. Column aliases are d0…, m0…
 * so no requested name is ever written into the SQL.
 */
export function compileAggregate(shape: AggregateShape, filter: ResolvedFilter, route: RollupRoute = 'auto'): CompiledAggregate {
  const params = new SqlParams();
  const slice = route === 'auto' ? monthSliceFor(shape, filter) : null;
  const groups = slice ? monthGroups(shape) : rowGroups(shape);
  const measures = shape.measures.map((measure, i) => {
    const spec = AGGREGATE_MEASURES[measure];
    return `${slice ? spec.monthSql : spec.rowSql} as m${i}`;
  });
  const from = slice
    ? `referral_month m where ${sliceConditions(slice, filter, params, 'm').join(' and ')}`
    : `referral_fact f ${whereClause(filterConditions(filter, params, 'f'))}`;
  const selectGroups = groups.map((expression, i) => `${expression.select} as d${i}`);
  const keys = groups.map((expression) => expression.key);
  const sql = `
    select ${[
      ...selectGroups,
      keys.length ? `grouping(${keys.join(', ')}) <> 0 as is_total` : 'true as is_total',
      ...measures,
      `${slice ? WAIT_COUNT.monthSql : WAIT_COUNT.rowSql} as wait_n`,
    ].join(',\n      ')}
    from ${from}
    ${keys.length ? `group by grouping sets ((${keys.join(', ')}), ())` : ''}
    ${keys.length ? `order by is_total, ${keys.map((_, i) => `d${i}`).join(', ')}` : ''}`;
  return { sql, params: params.values };
}

interface GroupExpression {
  key: string;
  select: string;
}

function rowGroups(shape: AggregateShape): GroupExpression[] {
  const time = AGGREGATE_GRANULARITIES[shape.granularity];
  const dimensions = shape.dimensions.map((dimension) => {
    const expression: string = AGGREGATE_DIMENSIONS[dimension].rowSql;
    return { key: expression, select: expression };
  });
  return time === null ? dimensions : [...dimensions, time.row];
}

// Slice values are text with 'not_known' for a missing value; they are turned back into what the
// row-level form returns, so both sources give identical cells.
function monthGroups(shape: AggregateShape): GroupExpression[] {
  const time = AGGREGATE_GRANULARITIES[shape.granularity];
  const dimensions = shape.dimensions.map((dimension): GroupExpression => {
    const month: DimensionSpec['month'] = AGGREGATE_DIMENSIONS[dimension].month;
    if ('column' in month) return { key: month.column, select: month.column };
    const value = "nullif(m.value, 'not_known')";
    return { key: 'm.value', select: month.cast ? `${value}::${month.cast}` : value };
  });
  return time === null || time.month === null ? dimensions : [...dimensions, time.month];
}

function monthSliceFor(shape: AggregateShape, filter: ResolvedFilter): MonthlySlice | null {
  if (shape.measures.some((measure) => AGGREGATE_MEASURES[measure].monthSql === null)) return null;
  const time = AGGREGATE_GRANULARITIES[shape.granularity];
  if (time !== null && time.month === null) return null;
  const sliced = shape.dimensions.flatMap((dimension): SliceDimension[] => {
    const month: DimensionSpec['month'] = AGGREGATE_DIMENSIONS[dimension].month;
    return 'slice' in month ? [month.slice] : [];
  });
  if (sliced.length > 1) return null;
  return monthlySlice(filter, sliced[0] ?? null);
}
