import { BAME_GROUPS, UNKNOWN_ETHNIC_GROUPS } from '../filter/dimension.codes.js';
import { filterConditions, whereClause } from '../filter/report-filter.sql.js';
import type { ResolvedFilter } from '../filter/report.filter.js';
import { monthlySlice, sliceConditions, type RollupRoute } from '../rollup/monthly-slice.js';
import { SqlParams } from '../sql/sql.params.js';
import type { SqlRunner } from '../sql/sql.runner.js';

export interface ServiceMonthRow {
  month: string;
  referrals: number;
  bame: number;
  known_ethnicity: number;
}

/**
 * Referrals by month received, every month present (zero-filled) from the period's first month
 * to its last, or across the filtered data when there is no received-date period. The BAME
 * counts need ethnic groups, so only with `byEthnicGroup` are they counted (0 otherwise), and
 * the summary is then read by that slice.
 */
function serviceMonthsQuery(filter: ResolvedFilter, byEthnicGroup: boolean, route: RollupRoute = 'auto'): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const slice = route === 'auto' ? monthlySlice(filter, byEthnicGroup ? 'ethnicGroup' : null) : null;
  const group = slice ? 'm.value' : 'f.ethnic_group';
  const count = slice
    ? (condition: string) => `coalesce(sum(m.referrals) filter (where ${condition}), 0)::int`
    : (condition: string) => `count(*) filter (where ${condition})::int`;
  const bame = byEthnicGroup ? count(`${group} = any(${params.add(BAME_GROUPS, 'text[]')})`) : '0';
  const known = byEthnicGroup ? count(`${group} <> all(${params.add(UNKNOWN_ETHNIC_GROUPS, 'text[]')})`) : '0';
  const counts = slice
    ? `select m.received_month as month, sum(m.referrals)::int as referrals, ${bame} as bame, ${known} as known_ethnicity
       from referral_month m where ${sliceConditions(slice, filter, params, 'm').join(' and ')}
       group by m.received_month`
    : `select f.received_month as month, count(*)::int as referrals, ${bame} as bame, ${known} as known_ethnicity
       from referral_fact f ${whereClause(filterConditions(filter, params, 'f'))}
       group by f.received_month`;
  const received = filter.period?.basis === 'received' ? filter.period : null;
  const first = received ? `date_trunc('month', ${params.add(received.from, 'date')})::date` : '(select min(month) from counts)';
  const last = received ? `date_trunc('month', ${params.add(received.to, 'date')})::date` : '(select max(month) from counts)';
  const sql = `
    with counts as (${counts})
    select to_char(m, 'YYYY-MM-DD') as month, coalesce(c.referrals, 0) as referrals,
      coalesce(c.bame, 0) as bame, coalesce(c.known_ethnicity, 0) as known_ethnicity
    from generate_series(${first}, ${last}, interval '1 month') m
    left join counts c on c.month = m::date
    order by m`;
  return { sql, params: params.values };
}

export async function loadServiceMonths(
  runner: SqlRunner,
  filter: ResolvedFilter,
  byEthnicGroup: boolean,
  route: RollupRoute = 'auto',
): Promise<ServiceMonthRow[]> {
  const { sql, params } = serviceMonthsQuery(filter, byEthnicGroup, route);
  return runner.query<ServiceMonthRow>(sql, params);
}
