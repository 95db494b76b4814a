// The ages the services in a filter are for (docs/methods.md, "Uptake gaps"): population shares
// and rates count residents of those ages only, so that children nobody refers are not counted
// as under-referred.
import type { ResolvedFilter } from '../filter/report.filter.js';
import { inList } from '../filter/report-filter.sql.js';
import { SqlParams } from '../sql/sql.params.js';
import type { SqlRunner } from '../sql/sql.runner.js';

/** The database default of service.eligible_min_age, used when no service is in the filter. */
const DEFAULT_ELIGIBLE_MIN_AGE = 16;

export interface EligibleBand {
  code: string;
  minAge: number;
  maxAge: number | null;
}

export interface EligibleAges {
  minAge: number;
  /** Null: no upper age. */
  maxAge: number | null;
  /** The population's age bands that overlap the range, youngest first. */
  bands: EligibleBand[];
}

/**
 * The widest range of the services the filter reaches (by service or programme; every service
 * when it names none), so that no eligible resident is left out. A band the range only cuts
 * counts whole, as population is held by band.
 */
export async function loadEligibleAges(runner: SqlRunner, filter: ResolvedFilter): Promise<EligibleAges> {
  const params = new SqlParams();
  const conditions: string[] = [];
  const { serviceIds, programmeIds } = filter.lists;
  if (serviceIds) conditions.push(inList('s.id', serviceIds, 'int[]', params));
  if (programmeIds) conditions.push(`s.id in (select service_id from programme where ${inList('id', programmeIds, 'int[]', params)})`);
  const [row] = await runner.query<{ min_age: number; max_age: number | null; bands: EligibleBand[] }>(
    `
    with range as (
      select coalesce(min(s.eligible_min_age), ${DEFAULT_ELIGIBLE_MIN_AGE})::int as min_age,
        case when count(*) > 0 and not bool_or(s.eligible_max_age is null) then max(s.eligible_max_age)::int end as max_age
      from service s ${conditions.length ? `where ${conditions.join(' and ')}` : ''})
    select r.min_age, r.max_age, coalesce((
      select json_agg(json_build_object('code', a.code, 'minAge', a.min_age, 'maxAge', a.max_age) order by a.sort_order)
      from age_band a where (a.max_age is null or a.max_age >= r.min_age) and (r.max_age is null or a.min_age <= r.max_age)
    ), '[]') as bands
    from range r`,
    params.values,
  );
  return { minAge: row.min_age, maxAge: row.max_age, bands: row.bands };
}

/** "aged 16 and over (age bands 16-24 to 85+)", for definitions. */
export function describeEligibleAges({ minAge, maxAge, bands }: EligibleAges): string {
  const ages = maxAge === null ? `aged ${minAge} and over` : `aged ${minAge} to ${maxAge}`;
  if (bands.length === 0) return `${ages} (no age band of the population falls in this range)`;
  const first = bands[0].code;
  const last = bands[bands.length - 1].code;
  return `${ages} (age bands ${first === last ? first : `${first} to ${last}`})`;
}
