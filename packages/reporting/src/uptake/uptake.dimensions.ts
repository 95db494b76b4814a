// The groups of each uptake dimension and where their referral and population counts come
// from. Identifiers here are fixed SQL; nothing from a request is spliced in.
import type { FilterList } from '../filter/report.filter.js';

export const UPTAKE_DIMENSIONS = ['ethnicCategory', 'ethnicGroup', 'ageBand', 'sex', 'deprivationDecile', 'ward'] as const;
export type UptakeDimension = (typeof UPTAKE_DIMENSIONS)[number];

/** Key of the group for referrals whose value is missing (no ward, no decile, no age). */
export const NOT_KNOWN_KEY = 'not_known';

export interface UptakeDimensionSql {
  /** The group key of a referral_fact row `f`, as text. */
  factKey: string;
  /** The group key of a population row `p` (joined to ethnic_category `ec` and ward `w`), as text. */
  populationKey: string;
  /** Every group: key, label, sort and, for groups with no population figure, why. */
  groups: string;
  /** Groups whose value was not stated or is not known: a figure of their own, outside the comparison. */
  unstatedKeys: readonly string[];
  definition: string;
}

const NO_CENSUS = 'census population counts have no such category';

export const UPTAKE_DIMENSION_SQL: Readonly<Record<UptakeDimension, UptakeDimensionSql>> = {
  ethnicCategory: {
    factKey: 'f.ethnic_code',
    populationKey: 'p.ethnic_code',
    groups: `select code, name, sort_order, case when code in ('Z', '99') then '${NO_CENSUS}' end from ethnic_category`,
    unstatedKeys: ['Z', '99'],
    definition: 'Ethnic category of the person (NHS Data Dictionary); "Not stated" (Z) and "Not known" (99) are counted as unstated, outside the comparison.',
  },
  ethnicGroup: {
    factKey: 'f.ethnic_group',
    populationKey: 'ec.broad_group',
    groups: `select broad_group, broad_group, min(sort_order),
      case when broad_group in ('Not stated', 'Not known') then '${NO_CENSUS}' end
      from ethnic_category group by broad_group`,
    unstatedKeys: ['Not stated', 'Not known'],
    definition: 'Broad ethnic group of the person; "Not stated" and "Not known" are counted as unstated, outside the comparison.',
  },
  ageBand: {
    factKey: `coalesce(f.age_band, '${NOT_KNOWN_KEY}')`,
    populationKey: 'p.age_band',
    groups: `select code, code, sort_order, null from age_band
      union all select '${NOT_KNOWN_KEY}', 'Not known', 99, 'no age recorded at referral'`,
    unstatedKeys: [NOT_KNOWN_KEY],
    definition: 'Age band at referral, from the birth year.',
  },
  sex: {
    factKey: 'f.sex',
    populationKey: 'p.sex',
    groups: `values ('female', 'Female', 1, null), ('male', 'Male', 2, null),
      ('other', 'Other', 3, 'population counts record female and male only'),
      ('not_stated', 'Not stated', 4, '${NO_CENSUS}')`,
    unstatedKeys: ['not_stated'],
    definition: 'Sex as recorded on the person.',
  },
  deprivationDecile: {
    factKey: `coalesce(f.deprivation_decile::text, '${NOT_KNOWN_KEY}')`,
    populationKey: 'w.deprivation_decile::text',
    groups: `select d::text, 'Decile ' || d, d, null from generate_series(1, 10) d
      union all select '${NOT_KNOWN_KEY}', 'Not known', 99, 'no deprivation decile recorded'`,
    unstatedKeys: [NOT_KNOWN_KEY],
    definition:
      "Deprivation decile (1 = most deprived). Referrals use the person's own decile (from their LSOA); the population " +
      "denominator is each ward's residents counted in that ward's decile, as population is held by ward.",
  },
  ward: {
    factKey: `coalesce(f.ward_code, '${NOT_KNOWN_KEY}')`,
    populationKey: 'p.ward_code',
    groups: `select code, name, row_number() over (order by name), null from ward
      union all select '${NOT_KNOWN_KEY}', 'Not known', 9999, 'no ward recorded'`,
    unstatedKeys: [NOT_KNOWN_KEY],
    definition: 'Ward of residence of the person.',
  },
};

/** Filters with a population counterpart; the rest (programme, period, source…) only narrow referrals. */
export const POPULATION_FILTER_COLUMNS: Partial<Record<FilterList, { column: string; type: string }>> = {
  wardCodes: { column: 'p.ward_code', type: 'text[]' },
  ethnicCodes: { column: 'p.ethnic_code', type: 'text[]' },
  ethnicGroups: { column: 'ec.broad_group', type: 'text[]' },
  sexes: { column: 'p.sex', type: 'text[]' },
  ageBands: { column: 'p.age_band', type: 'text[]' },
  deprivationDeciles: { column: 'w.deprivation_decile', type: 'int[]' },
};
