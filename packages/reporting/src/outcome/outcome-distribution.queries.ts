import { filterConditions } from '../filter/report-filter.sql.js';
import type { ResolvedFilter } from '../filter/report.filter.js';
import { monthlySlice, sliceConditions, type MonthlySlice, type RollupRoute } from '../rollup/monthly-slice.js';
import { SqlParams } from '../sql/sql.params.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { DEFAULT_OUTCOME_COMPARISON, type OutcomeComparison } from './outcome.comparison.js';
import type { BinScheme } from './outcome.bins.js';

/** Pairs of one instrument whose baseline (side 'before') or later value ('after') fell in bin `bin` (1-based). */
export interface DistributionRow {
  code: string;
  side: 'before' | 'after';
  bin: number;
  pairs: number;
}

/**
 * Before and after values of every pair, counted per instrument and bin in one statement. Edges
 * travel as '{7,11,…}' text so instruments can have different numbers of bins; values outside
 * the edges are clamped into the first or last bin. With no demographic filter the values come
 * already counted from outcome_value_month; otherwise from the pairs themselves.
 */
export function distributionQuery(
  filter: ResolvedFilter,
  schemes: ReadonlyMap<string, BinScheme>,
  route: RollupRoute = 'auto',
  comparison: OutcomeComparison = DEFAULT_OUTCOME_COMPARISON,
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const codes = params.add([...schemes.keys()], 'text[]');
  const edges = params.add(
    [...schemes.values()].map((scheme) => `{${scheme.edges.join(',')}}`),
    'text[]',
  );
  const slice = route === 'auto' ? monthlySlice(filter, null) : null;
  const values = slice?.dimension === 'all' ? summaryValues(slice, filter, params, comparison) : rowValues(filter, params, comparison);
  const sql = `
    with scheme as (
      select s.code, s.edges::numeric[] as edges from unnest(${codes}, ${edges}) as s(code, edges)
    ),
    counted as (${values})
    select c.code, c.side,
      least(greatest(width_bucket(c.value::numeric, s.edges), 1), cardinality(s.edges) - 1) as bin,
      sum(c.pairs)::int as pairs
    from counted c
    join scheme s on s.code = c.code
    group by 1, 2, 3`;
  return { sql, params: params.values };
}

function rowValues(filter: ResolvedFilter, params: SqlParams, comparison: OutcomeComparison): string {
  const conditions = ['o.later_value is not null', `o.comparison = ${params.add(comparison, 'text')}`, ...filterConditions(filter, params, 'o')];
  return `
      select o.instrument_code as code, v.side, v.value, count(*) as pairs
      from outcome_pair o
      cross join lateral (values ('before', o.baseline_value), ('after', o.later_value)) as v(side, value)
      where ${conditions.join(' and ')}
      group by 1, 2, 3`;
}

function summaryValues(slice: MonthlySlice, filter: ResolvedFilter, params: SqlParams, comparison: OutcomeComparison): string {
  const conditions = [`m.comparison = ${params.add(comparison, 'text')}`, ...sliceConditions(slice, filter, params, 'm')];
  return `
      select m.instrument_code as code, m.side, m.measured_value as value, sum(m.pairs) as pairs
      from outcome_value_month m
      where ${conditions.join(' and ')}
      group by 1, 2, 3`;
}

export async function loadDistribution(
  runner: SqlRunner,
  filter: ResolvedFilter,
  schemes: ReadonlyMap<string, BinScheme>,
  route: RollupRoute = 'auto',
  comparison: OutcomeComparison = DEFAULT_OUTCOME_COMPARISON,
): Promise<DistributionRow[]> {
  const { sql, params } = distributionQuery(filter, schemes, route, comparison);
  return runner.query<DistributionRow>(sql, params);
}
