import { AgeBand, EthnicCategory, Instrument, ReferralSource, Ward } from './code-list.type.js';
import { PopulationCell } from './population.type.js';
import type { Sex, ReferralSourceCode } from './reference.enums.js';
import type { AgeBandRow, EthnicCategoryRow, InstrumentRow, PopulationRow, ReferralSourceRow, WardRow } from './reference.repository.js';

export const toWard = (row: WardRow): Ward => Object.assign(new Ward(), { code: row.code, name: row.name, deprivationDecile: row.deprivation_decile });

export const toEthnicCategory = (row: EthnicCategoryRow): EthnicCategory =>
  Object.assign(new EthnicCategory(), { code: row.code, name: row.name, broadGroup: row.broad_group });

export const toReferralSource = (row: ReferralSourceRow): ReferralSource =>
  Object.assign(new ReferralSource(), { code: row.code as ReferralSourceCode, name: row.name });

export const toAgeBand = (row: AgeBandRow): AgeBand => Object.assign(new AgeBand(), { code: row.code, minAge: row.min_age, maxAge: row.max_age });

export const toInstrument = (row: InstrumentRow): Instrument =>
  Object.assign(new Instrument(), {
    code: row.code,
    name: row.name,
    minScore: row.min_score,
    maxScore: row.max_score,
    itemCount: row.item_count,
    itemMin: row.item_min,
    itemMax: row.item_max,
    higherIsBetter: row.higher_is_better,
  });

export const toPopulationCell = (row: PopulationRow): PopulationCell =>
  Object.assign(new PopulationCell(), {
    year: row.year,
    sex: row.sex as Sex,
    residents: row.residents,
    wardCode: row.ward_code,
    ethnicCode: row.ethnic_code,
    ageBandCode: row.age_band,
  });
