import type { Condition, Sex } from '../reference/reference.enums.js';
import type { PersonRow } from './person.repository.js';
import { Person } from './person.type.js';

export const toPerson = (row: PersonRow): Person =>
  Object.assign(new Person(), {
    id: row.id,
    pseudonym: row.pseudonym,
    birthYear: row.birth_year,
    sex: row.sex as Sex,
    lsoaCode: row.lsoa_code,
    deprivationDecile: row.deprivation_decile,
    conditions: row.conditions as Condition[],
    ethnicCode: row.ethnic_code,
    wardCode: row.ward_code,
  });
