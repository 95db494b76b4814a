import { filterConditions } from '../filter/report-filter.sql.js';
import type { ResolvedFilter } from '../filter/report.filter.js';
import { monthlySlice, sliceConditions, type RollupRoute } from '../rollup/monthly-slice.js';
import { SqlParams } from '../sql/sql.params.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { DEFAULT_OUTCOME_COMPARISON, type OutcomeComparison } from './outcome.comparison.js';

/** Per instrument, everything the headlines need, as counts and summary statistics. */
export interface OutcomeSummaryRow {
  code: string;
  starters: number;
  completers: number;
  pairs: number;
  /** Baselines with no score at the comparison's timepoint. */
  lost: number;
  improved: number;
  meaningful_n: number;
  meaningful: number;
  achieving: number;
  mean_before: number | null;
  mean_after: number | null;
  mean_change: number | null;
  sd_change: number | null;
  total_before: number | null;
  total_after: number | null;
  var_before: number | null;
  var_after: number | null;
  covariance: number | null;
  non_negative: boolean;
}

const COUNTS = ['starters', 'completers', 'pairs', 'lost', 'improved', 'meaningful_n', 'meaningful', 'achieving', 'negatives'] as const;
const SUMS = ['sum_before', 'sum_after', 'sum_before2', 'sum_after2', 'sum_cross'] as const;

/** The same sums read from outcome_month, one row per summary row. */
function summarySums(slice: NonNullable<ReturnType<typeof monthlySlice>>, filter: ResolvedFilter, params: SqlParams, comparison: OutcomeComparison): string {
  const conditions = [`m.comparison = ${params.add(comparison, 'text')}`, ...sliceConditions(slice, filter, params, 'm')];
  return `
    select m.instrument_code, ${COUNTS.map((c) => `sum(m.${c})::int as ${c}`).join(', ')}, ${SUMS.map((c) => `sum(m.${c}) as ${c}`).join(', ')}
    from outcome_month m where ${conditions.join(' and ')}
    group by m.instrument_code`;
}

/** Counts and sums of the pairs read row by row from outcome_pair, for any filter. */
function rowSums(filter: ResolvedFilter, params: SqlParams, comparison: OutcomeComparison): string {
  const conditions = [`o.comparison = ${params.add(comparison, 'text')}`, ...filterConditions(filter, params, 'o')];
  return `
    select o.instrument_code,
      count(*)::int as starters,
      count(*) filter (where o.status = 'completed')::int as completers,
      count(o.later_value)::int as pairs,
      count(*) filter (where o.later_value is null)::int as lost,
      count(*) filter (where o.improved)::int as improved,
      count(o.meaningful)::int as meaningful_n,
      count(*) filter (where o.meaningful)::int as meaningful,
      count(*) filter (where o.achieving)::int as achieving,
      count(*) filter (where o.later_value < 0 or (o.later_value is not null and o.baseline_value < 0))::int as negatives,
      coalesce(sum(o.baseline_value) filter (where o.later_value is not null), 0) as sum_before,
      coalesce(sum(o.later_value), 0) as sum_after,
      coalesce(sum(o.baseline_value * o.baseline_value) filter (where o.later_value is not null), 0) as sum_before2,
      coalesce(sum(o.later_value * o.later_value), 0) as sum_after2,
      coalesce(sum(o.later_value * o.baseline_value), 0) as sum_cross
    from outcome_pair o where ${conditions.join(' and ')}
    group by o.instrument_code`;
}

/**
 * Means, variances and the covariance from sums, in exact numeric arithmetic, whichever source
 * the sums came from; variance of the change = var(after) + var(before) − 2·cov.
 */
function outcomeSummaryQuery(
  filter: ResolvedFilter,
  route: RollupRoute = 'auto',
  comparison: OutcomeComparison = DEFAULT_OUTCOME_COMPARISON,
): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const slice = route === 'auto' ? monthlySlice(filter, null) : null;
  const sums = slice ? summarySums(slice, filter, params, comparison) : rowSums(filter, params, comparison);
  const sql = `
    with sums as (${sums}),
    spread as (
      select s.*,
        case when s.pairs > 1 then (s.sum_before2 - s.sum_before * s.sum_before / s.pairs) / (s.pairs - 1) end as var_before,
        case when s.pairs > 1 then (s.sum_after2 - s.sum_after * s.sum_after / s.pairs) / (s.pairs - 1) end as var_after,
        case when s.pairs > 1 then (s.sum_cross - s.sum_before * s.sum_after / s.pairs) / (s.pairs - 1) end as covariance
      from sums s
    )
    select instrument_code as code, starters, completers, pairs, lost, improved, meaningful_n, meaningful, achieving,
      (sum_before / nullif(pairs, 0))::float8 as mean_before,
      (sum_after / nullif(pairs, 0))::float8 as mean_after,
      ((sum_after - sum_before) / nullif(pairs, 0))::float8 as mean_change,
      sqrt(greatest(var_after + var_before - 2 * covariance, 0))::float8 as sd_change,
      sum_before::float8 as total_before, sum_after::float8 as total_after,
      var_before::float8 as var_before, var_after::float8 as var_after, covariance::float8 as covariance,
      negatives = 0 as non_negative
    from spread`;
  return { sql, params: params.values };
}

export async function loadOutcomeSummary(
  runner: SqlRunner,
  filter: ResolvedFilter,
  route: RollupRoute = 'auto',
  comparison: OutcomeComparison = DEFAULT_OUTCOME_COMPARISON,
): Promise<OutcomeSummaryRow[]> {
  const { sql, params } = outcomeSummaryQuery(filter, route, comparison);
  return runner.query<OutcomeSummaryRow>(sql, params);
}
