import { filterConditions, inList, whereClause } from '../filter/report-filter.sql.js';
import type { FilterList, ResolvedFilter } from '../filter/report.filter.js';
import { monthlySlice, sliceConditions, type RollupRoute } from '../rollup/monthly-slice.js';
import { SqlParams } from '../sql/sql.params.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { POPULATION_FILTER_COLUMNS, UPTAKE_DIMENSION_SQL, type UptakeDimension } from './uptake.dimensions.js';

export interface UptakeRow {
  key: string;
  label: string;
  no_population_reason: string | null;
  referrals: number;
  started: number;
  completed: number;
  residents: number | null;
  population_year: number | null;
}

/**
 * Referral funnel counts and residents per group in one statement. The population year is the
 * latest on or before the period's end (the latest of all without a period).
 */
function uptakeQuery(
  dimension: UptakeDimension,
  filter: ResolvedFilter,
  populationYear: number | null,
  route: RollupRoute = 'auto',
): { sql: string; params: unknown[] } {
  const spec = UPTAKE_DIMENSION_SQL[dimension];
  const params = new SqlParams();
  const slice = route === 'auto' ? monthlySlice(filter, dimension) : null;
  const referrals = slice
    ? `select m.value as key, sum(m.referrals)::int as referrals, sum(m.starts)::int as started, sum(m.completions)::int as completed
       from referral_month m where ${sliceConditions(slice, filter, params, 'm').join(' and ')} group by m.value`
    : `select ${spec.factKey} as key, count(*)::int as referrals,
         count(f.started_on)::int as started, count(*) filter (where f.status = 'completed')::int as completed
       from referral_fact f ${whereClause(filterConditions(filter, params, 'f'))}
       group by 1`;
  const year =
    populationYear !== null
      ? params.add(populationYear, 'int')
      : `coalesce((select max(year) from population where year <= ${params.add(filter.period ? Number(filter.period.to.slice(0, 4)) : 9999, 'int')}),
        (select min(year) from population))`;
  const populationWhere = populationConditions(filter, params);
  // Join the code tables only when a group key or a filter reads them.
  const reads = (alias: string) => spec.populationKey.startsWith(`${alias}.`) || populationWhere.some((condition) => condition.startsWith(`${alias}.`));
  const joins = { ethnic: reads('ec'), ward: reads('w') };
  const sql = `
    select g.key, g.label, g.no_population_reason,
      coalesce(r.referrals, 0) as referrals, coalesce(r.started, 0) as started, coalesce(r.completed, 0) as completed,
      case when g.no_population_reason is null then coalesce(n.residents, 0) end as residents,
      ${year} as population_year
    from (${spec.groups}) as g (key, label, sort, no_population_reason)
    left join (${referrals}) r on r.key = g.key
    left join (
      select ${spec.populationKey} as key, sum(p.residents)::int as residents
      from population p
      ${joins.ethnic ? 'join ethnic_category ec on ec.code = p.ethnic_code' : ''}
      ${joins.ward ? 'join ward w on w.code = p.ward_code' : ''}
      where p.year = ${year} ${populationWhere.map((condition) => `and ${condition}`).join(' ')}
      group by 1
    ) n on n.key = g.key
    where r.referrals > 0 or n.residents > 0 or g.no_population_reason is not null
    order by g.sort`;
  return { sql, params: params.values };
}

function populationConditions(filter: ResolvedFilter, params: SqlParams): string[] {
  return (Object.entries(filter.lists) as [FilterList, (string | number)[]][])
    .filter(([name]) => POPULATION_FILTER_COLUMNS[name] !== undefined)
    .map(([name, values]) => {
      const { column, type } = POPULATION_FILTER_COLUMNS[name] as { column: string; type: string };
      return inList(column, values, type, params);
    });
}

export async function loadUptake(
  runner: SqlRunner,
  dimension: UptakeDimension,
  filter: ResolvedFilter,
  populationYear: number | null,
  route: RollupRoute = 'auto',
): Promise<UptakeRow[]> {
  const { sql, params } = uptakeQuery(dimension, filter, populationYear, route);
  return runner.query<UptakeRow>(sql, params);
}
