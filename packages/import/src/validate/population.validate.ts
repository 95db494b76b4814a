import { POPULATION_SEXES, type PopulationSex } from '@hub/db';
import { parseNumber, parseYear } from '../value/cell.values.js';
import { codeOf, ETHNIC_CODES, SEX_CODES, spellingKey } from '../value/code.spellings.js';
import type { ReferenceData } from './reference.data.js';
import type { Checked } from './referral.validate.js';
import { RowReasons } from './row.reasons.js';

/** One cell of the census table. */
export interface PopulationRecord {
  year: number;
  wardCode: string;
  ethnicCode: string;
  ageBand: string;
  sex: PopulationSex;
  residents: number;
}

/** A count of residents has no "not stated" (Z) or "not known" (99): the census asks everyone. */
const NOT_IN_CENSUS = ['Z', '99'];

/** Checks one population row (docs/import.md, "Population"). */
export function checkPopulationRow(
  values: Readonly<Record<string, string>>,
  reference: ReferenceData,
  ageBands: ReadonlyMap<string, string>,
): Checked<PopulationRecord> {
  const row = new RowReasons(values);
  const year = row.parsed('year', (text) => parseYear(text, Number(reference.today.slice(0, 4))), true);
  const wardText = row.required('ward');
  const ward = wardText === null ? undefined : reference.wards.get(spellingKey(wardText));
  if (wardText !== null && !ward) row.add('ward', 'is not a ward of the hub');
  const ethnicCode = row.code('ethnic_category', ETHNIC_CODES, 'the NHS ethnic categories (A–S or their labels)');
  if (ethnicCode !== null && NOT_IN_CENSUS.includes(ethnicCode)) row.add('ethnic_category', 'is not a census category: population counts use A–S');
  const ageText = row.required('age_band');
  const ageBand = ageText === null ? undefined : ageBands.get(spellingKey(ageText));
  if (ageText !== null && !ageBand) row.add('age_band', `is not one of the census age bands (${[...new Set(ageBands.values())].join(', ')})`);
  const sexText = row.required('sex');
  const sex = sexText === null ? null : codeOf(SEX_CODES, sexText);
  if (sexText !== null && !(POPULATION_SEXES as readonly (string | null)[]).includes(sex)) row.add('sex', 'is not a census sex (female or male; F, M, 1, 2)');
  const residents = row.parsed('residents', parseNumber, true);
  if (residents !== null && (!Number.isInteger(residents) || residents < 0)) row.add('residents', 'must be a whole number, 0 or more');
  if (!row.ok) return { ok: false, reasons: row.list, pseudonym: null };
  return {
    ok: true,
    pseudonym: null,
    record: { year: year!, wardCode: ward!.code, ethnicCode: ethnicCode!, ageBand: ageBand!, sex: sex as PopulationSex, residents: residents! },
  };
}
