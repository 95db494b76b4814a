import { CODE_PART, decodeCursor, YEAR_PART } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toPage, type Page } from '../common/page.types.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import type { PopulationFilter } from './population.input.js';

export interface WardRow {
  code: string;
  name: string;
  deprivation_decile: number | null;
}
export interface EthnicCategoryRow {
  code: string;
  name: string;
  broad_group: string;
}
export interface ReferralSourceRow {
  code: string;
  name: string;
}
export interface AgeBandRow {
  code: string;
  min_age: number;
  max_age: number | null;
}
export interface InstrumentRow {
  code: string;
  name: string;
  min_score: number;
  max_score: number;
  item_count: number | null;
  item_min: number | null;
  item_max: number | null;
  higher_is_better: boolean | null;
}
export interface PopulationRow {
  year: number;
  ward_code: string;
  ethnic_code: string;
  age_band: string;
  sex: string;
  residents: number;
}

const INSTRUMENT_COLUMNS = `code, name, min_score::float8 as min_score, max_score::float8 as max_score,
  item_count, item_min, item_max, higher_is_better`;

/** Population cells are ordered by their whole primary key, which is also the cursor. */
const POPULATION_KEY = ['year', 'ward_code', 'ethnic_code', 'age_band', 'sex'] as const;
export const POPULATION_CURSOR = 'population';
const POPULATION_CURSOR_PARTS = [YEAR_PART, CODE_PART, CODE_PART, CODE_PART, CODE_PART];

/** Queries for the code lists (wards, ethnic categories, sources, age bands, instruments) and population. */
export class ReferenceRepository {
  constructor(private readonly sql: SqlClient) {}

  wards(codes?: readonly string[]): Promise<WardRow[]> {
    const where = new SqlConditions().when(codes, 'code = any(?)', codes);
    return this.sql.rows(`select code, name, deprivation_decile from ward ${where.toWhere()} order by name`, where.params);
  }

  ethnicCategories(codes?: readonly string[]): Promise<EthnicCategoryRow[]> {
    const where = new SqlConditions().when(codes, 'code = any(?)', codes);
    return this.sql.rows(`select code, name, broad_group from ethnic_category ${where.toWhere()} order by sort_order`, where.params);
  }

  referralSources(codes?: readonly string[]): Promise<ReferralSourceRow[]> {
    const where = new SqlConditions().when(codes, 'code = any(?)', codes);
    return this.sql.rows(`select code, name from referral_source ${where.toWhere()} order by sort_order`, where.params);
  }

  ageBands(codes?: readonly string[]): Promise<AgeBandRow[]> {
    const where = new SqlConditions().when(codes, 'code = any(?)', codes);
    return this.sql.rows(`select code, min_age, max_age from age_band ${where.toWhere()} order by sort_order`, where.params);
  }

  instruments(codes?: readonly string[]): Promise<InstrumentRow[]> {
    const where = new SqlConditions().when(codes, 'code = any(?)', codes);
    return this.sql.rows(`select ${INSTRUMENT_COLUMNS} from instrument ${where.toWhere()} order by code`, where.params);
  }

  async populationPage(filter: PopulationFilter, page: PageRequest): Promise<Page<PopulationRow>> {
    const where = populationConditions(filter);
    if (page.after) {
      const key = decodeCursor(page.after, POPULATION_CURSOR, POPULATION_CURSOR_PARTS);
      where.add(`(${POPULATION_KEY.join(', ')}) > (?::smallint, ?, ?, ?, ?)`, ...key);
    }
    const rows = await this.sql.rows<PopulationRow>(
      `select year, ward_code, ethnic_code, age_band, sex, residents from population
       ${where.toWhere()} order by ${POPULATION_KEY.join(', ')} limit ?`,
      [...where.params, page.first + 1],
    );
    return toPage(rows, page.first);
  }

  async populationCount(filter: PopulationFilter): Promise<number> {
    const where = populationConditions(filter);
    const row = await this.sql.one<{ n: number }>(`select count(*)::int as n from population ${where.toWhere()}`, where.params);
    return row?.n ?? 0;
  }
}

function populationConditions(filter: PopulationFilter): SqlConditions {
  return new SqlConditions()
    .when(filter.year, 'year = ?', filter.year)
    .when(filter.wardCodes, 'ward_code = any(?)', filter.wardCodes)
    .when(filter.ethnicCodes, 'ethnic_code = any(?)', filter.ethnicCodes)
    .when(filter.ageBands, 'age_band = any(?)', filter.ageBands)
    .when(filter.sexes, 'sex = any(?)', filter.sexes);
}

export function populationCursorKey(row: PopulationRow): string[] {
  return [String(row.year), row.ward_code, row.ethnic_code, row.age_band, row.sex];
}
