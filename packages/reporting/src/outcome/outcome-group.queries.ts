// Pairs of one instrument counted per group of a dimension. Identifiers here are fixed SQL;
// the instrument and every filter value are parameters.
import { filterConditions } from '../filter/report-filter.sql.js';
import type { ResolvedFilter } from '../filter/report.filter.js';
import { monthlySlice, sliceConditions, type MonthlySlice, type RollupRoute, type SliceDimension } from '../rollup/monthly-slice.js';
import { SqlParams } from '../sql/sql.params.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { DEFAULT_OUTCOME_COMPARISON, type OutcomeComparison } from './outcome.comparison.js';
import { NOT_KNOWN_KEY } from '../uptake/uptake.dimensions.js';

export const OUTCOME_GROUP_DIMENSIONS = ['programme', 'ethnicGroup', 'ageBand', 'sex', 'deprivationDecile', 'ward'] as const;
export type OutcomeGroupDimension = (typeof OUTCOME_GROUP_DIMENSIONS)[number];

interface GroupSql {
  /** The group key of an outcome_pair row `o`, as text; NOT_KNOWN_KEY where the value is missing. */
  key: string;
  /** Label and sort of a grouped row `g`, with an optional join for them. */
  label: string;
  sort: string;
  join?: string;
}

const NOT_KNOWN = `'${NOT_KNOWN_KEY}'`;

const GROUP_SQL: Readonly<Record<OutcomeGroupDimension, GroupSql>> = {
  programme: { key: 'o.programme_id::text', join: 'left join programme pr on pr.id::text = g.key', label: 'coalesce(pr.name, g.key)', sort: 'pr.name' },
  ethnicGroup: {
    key: 'o.ethnic_group',
    label: 'g.key',
    sort: '(select min(ec.sort_order) from ethnic_category ec where ec.broad_group = g.key)',
  },
  ageBand: {
    key: `coalesce(o.age_band, ${NOT_KNOWN})`,
    label: `case when g.key = ${NOT_KNOWN} then 'Not known' else g.key end`,
    sort: 'coalesce((select ab.sort_order from age_band ab where ab.code = g.key), 99)',
  },
  sex: {
    key: 'o.sex',
    label: "case g.key when 'female' then 'Female' when 'male' then 'Male' when 'other' then 'Other' else 'Not stated' end",
    sort: "array_position(array['female', 'male', 'other', 'not_stated'], g.key)",
  },
  deprivationDecile: {
    key: `coalesce(o.deprivation_decile::text, ${NOT_KNOWN})`,
    label: `case when g.key = ${NOT_KNOWN} then 'Not known' else 'Decile ' || g.key end`,
    sort: `coalesce(nullif(g.key, ${NOT_KNOWN})::int, 99)`,
  },
  ward: {
    key: `coalesce(o.ward_code, ${NOT_KNOWN})`,
    join: 'left join ward w on w.code = g.key',
    label: "coalesce(w.name, 'Not known')",
    sort: 'w.name nulls last',
  },
};

export interface OutcomeGroupRow {
  key: string;
  label: string;
  starters: number;
  pairs: number;
  improved: number;
}

/** The monthly summary slice that holds each grouping; programme is a column of every slice. */
const SLICE_OF_GROUP: Readonly<Record<OutcomeGroupDimension, SliceDimension | null>> = {
  programme: null,
  ethnicGroup: 'ethnicGroup',
  ageBand: 'ageBand',
  sex: 'sex',
  deprivationDecile: 'deprivationDecile',
  ward: 'ward',
};

/**
 * Starters, pairs and improved pairs per group, groups in display order. Whenever the filter
 * and grouping fit one slice of outcome_month the counts are summed from it; otherwise they are
 * counted from the pairs themselves. Both give the same numbers (see the spec).
 */
export function outcomeGroupQuery(
  instrument: string,
  dimension: OutcomeGroupDimension,
  filter: ResolvedFilter,
  route: RollupRoute = 'auto',
  comparison: OutcomeComparison = DEFAULT_OUTCOME_COMPARISON,
): { sql: string; params: unknown[] } {
  const spec = GROUP_SQL[dimension];
  const params = new SqlParams();
  const grouping = SLICE_OF_GROUP[dimension];
  const slice = route === 'auto' ? monthlySlice(filter, grouping) : null;
  const grouped = slice ? summaryGroups(instrument, grouping, slice, filter, params, comparison) : rowGroups(instrument, spec, filter, params, comparison);
  const sql = `
    with grouped as (${grouped})
    select g.key, ${spec.label} as label, g.starters, g.pairs, g.improved
    from grouped g ${spec.join ?? ''}
    order by ${spec.sort}, g.key`;
  return { sql, params: params.values };
}

function rowGroups(instrument: string, spec: GroupSql, filter: ResolvedFilter, params: SqlParams, comparison: OutcomeComparison): string {
  const conditions = [
    `o.instrument_code = ${params.add(instrument, 'text')}`,
    `o.comparison = ${params.add(comparison, 'text')}`,
    ...filterConditions(filter, params, 'o'),
  ];
  return `
      select ${spec.key} as key, count(*)::int as starters, count(o.later_value)::int as pairs,
        count(*) filter (where o.improved)::int as improved
      from outcome_pair o
      where ${conditions.join(' and ')}
      group by 1`;
}

function summaryGroups(
  instrument: string,
  grouping: SliceDimension | null,
  slice: MonthlySlice,
  filter: ResolvedFilter,
  params: SqlParams,
  comparison: OutcomeComparison,
): string {
  const conditions = [
    `m.instrument_code = ${params.add(instrument, 'text')}`,
    `m.comparison = ${params.add(comparison, 'text')}`,
    ...sliceConditions(slice, filter, params, 'm'),
  ];
  return `
      select ${grouping ? 'm.value' : 'm.programme_id::text'} as key, sum(m.starters)::int as starters,
        sum(m.pairs)::int as pairs, sum(m.improved)::int as improved
      from outcome_month m
      where ${conditions.join(' and ')}
      group by 1
      having sum(m.starters) > 0`;
}

export async function loadOutcomeGroups(
  runner: SqlRunner,
  instrument: string,
  dimension: OutcomeGroupDimension,
  filter: ResolvedFilter,
  route: RollupRoute = 'auto',
  comparison: OutcomeComparison = DEFAULT_OUTCOME_COMPARISON,
): Promise<OutcomeGroupRow[]> {
  const { sql, params } = outcomeGroupQuery(instrument, dimension, filter, route, comparison);
  return runner.query<OutcomeGroupRow>(sql, params);
}
