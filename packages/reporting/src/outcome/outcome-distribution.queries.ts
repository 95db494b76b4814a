import { filterConditions } from '../filter/report-filter.sql.js';
import type { ResolvedFilter } from '../filter/report.filter.js';
import { SqlParams } from '../sql/sql.params.js';
import type { SqlRunner } from '../sql/sql.runner.js';
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
 * the edges are clamped into the first or last bin.
 */
export function distributionQuery(filter: ResolvedFilter, schemes: ReadonlyMap<string, BinScheme>): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const codes = params.add([...schemes.keys()], 'text[]');
  const edges = params.add([...schemes.values()].map((scheme) => `{${scheme.edges.join(',')}}`), 'text[]');
  const conditions = ['o.later_value is not null', ...filterConditions(filter, params, 'o')];
  const sql = `
    with scheme as (
      select s.code, s.edges::numeric[] as edges from unnest(${codes}, ${edges}) as s(code, edges)
    )
    select o.instrument_code as code, v.side,
      least(greatest(width_bucket(v.value::numeric, s.edges), 1), cardinality(s.edges) - 1) as bin,
      count(*)::int as pairs
    from outcome_pair o
    join scheme s on s.code = o.instrument_code
    cross join lateral (values ('before', o.baseline_value), ('after', o.later_value)) as v(side, value)
    where ${conditions.join(' and ')}
    group by 1, 2, 3`;
  return { sql, params: params.values };
}

export async function loadDistribution(runner: SqlRunner, filter: ResolvedFilter, schemes: ReadonlyMap<string, BinScheme>): Promise<DistributionRow[]> {
  const { sql, params } = distributionQuery(filter, schemes);
  return runner.query<DistributionRow>(sql, params);
}
