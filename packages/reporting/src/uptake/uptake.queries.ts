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

/** Which residents count: the census year (null: the latest on or before the period's end) and the eligible age bands. */
export interface PopulationScope {
  populationYear: number | null;
  eligibleBands: readonly string[];
}

/** Referrals and residents of one group in one age band, for age standardisation. */
export interface UptakeAgeBandRow {
  key: string;
  age_band: string | null;
  referrals: number;
  residents: number;
}

/**
 * Referral funnel counts and residents per group in one statement. The population year is the
 * latest on or before the period's end (the latest of all without a period).
 */
function uptakeQuery(
  dimension: UptakeDimension,
  filter: ResolvedFilter,
  scope: PopulationScope,
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
  const { year, residents } = populationCounts(dimension, filter, scope, params, false);
  const sql = `
    select g.key, g.label, g.no_population_reason,
      coalesce(r.referrals, 0) as referrals, coalesce(r.started, 0) as started, coalesce(r.completed, 0) as completed,
      case when g.no_population_reason is null then coalesce(n.residents, 0) end as residents,
      ${year} as population_year
    from (${spec.groups}) as g (key, label, sort, no_population_reason)
    left join (${referrals}) r on r.key = g.key
    left join (${residents}) n on n.key = g.key
    where r.referrals > 0 or n.residents > 0 or g.no_population_reason is not null
    order by g.sort`;
  return { sql, params: params.values };
}

/** Referrals and residents per group and age band: the inputs of each group's age-standardised rate. */
function ageBandQuery(dimension: UptakeDimension, filter: ResolvedFilter, scope: PopulationScope): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const referrals = `select ${UPTAKE_DIMENSION_SQL[dimension].factKey} as key, f.age_band, count(*)::int as referrals
    from referral_fact f ${whereClause(filterConditions(filter, params, 'f'))} group by 1, 2`;
  const { residents } = populationCounts(dimension, filter, scope, params, true);
  const sql = `
    select coalesce(r.key, n.key) as key, coalesce(r.age_band, n.age_band) as age_band,
      coalesce(r.referrals, 0) as referrals, coalesce(n.residents, 0) as residents
    from (${referrals}) r full join (${residents}) n on n.key = r.key and n.age_band = r.age_band`;
  return { sql, params: params.values };
}

/** Residents per group (and age band) in the census year, eligible ages only, after the filters residents have. */
function populationCounts(
  dimension: UptakeDimension,
  filter: ResolvedFilter,
  scope: PopulationScope,
  params: SqlParams,
  byAgeBand: boolean,
): { year: string; residents: string } {
  const spec = UPTAKE_DIMENSION_SQL[dimension];
  const year =
    scope.populationYear !== null
      ? params.add(scope.populationYear, 'int')
      : `coalesce((select max(year) from population where year <= ${params.add(filter.period ? Number(filter.period.to.slice(0, 4)) : 9999, 'int')}),
        (select min(year) from population))`;
  const populationWhere = populationConditions(filter, params);
  // Join the code tables only when a group key or a filter reads them.
  const reads = (alias: string) => spec.populationKey.startsWith(`${alias}.`) || populationWhere.some((condition) => condition.startsWith(`${alias}.`));
  const residents = `
    select ${spec.populationKey} as key${byAgeBand ? ', p.age_band' : ''}, sum(p.residents)::int as residents
    from population p
    ${reads('ec') ? 'join ethnic_category ec on ec.code = p.ethnic_code' : ''}
    ${reads('w') ? 'join ward w on w.code = p.ward_code' : ''}
    where p.year = ${year} and ${inList('p.age_band', scope.eligibleBands, 'text[]', params)}
      ${populationWhere.map((condition) => `and ${condition}`).join(' ')}
    group by 1${byAgeBand ? ', 2' : ''}`;
  return { year, residents };
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
  scope: PopulationScope,
  route: RollupRoute = 'auto',
): Promise<UptakeRow[]> {
  const { sql, params } = uptakeQuery(dimension, filter, scope, route);
  return runner.query<UptakeRow>(sql, params);
}

export async function loadUptakeByAgeBand(
  runner: SqlRunner,
  dimension: UptakeDimension,
  filter: ResolvedFilter,
  scope: PopulationScope,
): Promise<UptakeAgeBandRow[]> {
  const { sql, params } = ageBandQuery(dimension, filter, scope);
  return runner.query<UptakeAgeBandRow>(sql, params);
}
