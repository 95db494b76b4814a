import { decodeCursor, ID_PART } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toPage, type Page } from '../common/page.types.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import type { PersonFilter } from './person.input.js';

export interface PersonRow {
  id: string; pseudonym: string; birth_year: number; sex: string; ethnic_code: string;
  ward_code: string | null; lsoa_code: string | null; deprivation_decile: number | null; conditions: string[];
}

export const PERSON_CURSOR = 'person';
const COLUMNS = `p.id::text as id, p.pseudonym, p.birth_year, p.sex, p.ethnic_code, p.ward_code, p.lsoa_code,
  p.deprivation_decile, p.conditions`;

function personConditions(filter: PersonFilter): SqlConditions {
  return new SqlConditions()
    .when(filter.wardCodes, 'p.ward_code = any(?)', filter.wardCodes)
    .when(filter.ethnicCodes, 'p.ethnic_code = any(?)', filter.ethnicCodes)
    .when(filter.sexes, 'p.sex = any(?)', filter.sexes)
    .when(filter.conditions, 'p.conditions && ?::text[]', filter.conditions)
    .when(filter.bornFrom, 'p.birth_year >= ?', filter.bornFrom)
    .when(filter.bornTo, 'p.birth_year <= ?', filter.bornTo);
}

/** Queries for pseudonymised people. */
export class PersonRepository {
  constructor(private readonly sql: SqlClient) {}

  async page(filter: PersonFilter, page: PageRequest): Promise<Page<PersonRow>> {
    const where = personConditions(filter);
    if (page.after) where.add('p.id > ?::bigint', decodeCursor(page.after, PERSON_CURSOR, [ID_PART])[0]);
    const rows = await this.sql.rows<PersonRow>(
      `select ${COLUMNS} from person p ${where.toWhere()} order by p.id limit ?`,
      [...where.params, page.first + 1],
    );
    return toPage(rows, page.first);
  }

  async count(filter: PersonFilter): Promise<number> {
    const where = personConditions(filter);
    const row = await this.sql.one<{ n: number }>(`select count(*)::int as n from person p ${where.toWhere()}`, where.params);
    return row?.n ?? 0;
  }

  byIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.sql.rows(`select ${COLUMNS} from person p where p.id = any(?::bigint[])`, [ids]);
  }
}
