import { keysetCount, keysetPage, type KeysetTable } from '../common/keyset.table.js';
import type { PageRequest } from '../common/page.args.js';
import type { Page } from '../common/page.types.js';
import { RecordScope } from '../access/record.scope.js';
import { selectList, type RowFields } from '../common/row.fields.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import type { PersonFilter } from './person.input.js';

export interface PersonRow {
  id: string;
  pseudonym: string;
  birth_year: number;
  sex: string;
  ethnic_code: string;
  ward_code: string | null;
  lsoa_code: string | null;
  deprivation_decile: number | null;
  conditions: string[];
}

export const PERSON_CURSOR = 'person';
/** A person's columns, as a person read through the table aliased `alias`. */
export const personFields = (alias: string): RowFields => [
  ['id', `${alias}.id::text`],
  ...['pseudonym', 'birth_year', 'sex', 'ethnic_code', 'ward_code', 'lsoa_code', 'deprivation_decile', 'conditions'].map(
    (name) => [name, `${alias}.${name}`] as const,
  ),
];
const COLUMNS = selectList(personFields('p'));
const PEOPLE: KeysetTable = { from: 'person p', alias: 'p', columns: COLUMNS, cursor: PERSON_CURSOR, idType: 'bigint' };

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
  constructor(
    private readonly sql: SqlClient,
    private readonly scope: RecordScope = RecordScope.ALL,
  ) {}

  page(filter: PersonFilter, page: PageRequest): Promise<Page<PersonRow>> {
    return keysetPage<PersonRow>(this.sql, PEOPLE, this.scope.limit(personConditions(filter), 'person', 'p'), page);
  }

  count(filter: PersonFilter): Promise<number> {
    return keysetCount(this.sql, PEOPLE, this.scope.limit(personConditions(filter), 'person', 'p'));
  }

  byIds(ids: readonly string[]): Promise<PersonRow[]> {
    const where = this.scope.where('person', 'p').add('p.id = any(?::bigint[])', ids);
    return this.sql.rows(`select ${COLUMNS} from person p ${where.toWhere()}`, where.params);
  }
}
