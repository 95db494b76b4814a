// The whitelist of the aggregate service: only these identifiers and expressions ever become
// SQL. Requests name them; values reach the database as parameters. Each term has its form over
// referral_fact rows `f` and, where it can be summed from months, over referral_month `m`.
import type { SliceDimension } from '../rollup/monthly-slice.js';

export interface MeasureSpec {
  rowSql: string;
  /** Null where the measure cannot be rebuilt from monthly sums (distinct people, medians). */
  monthSql: string | null;
  /** Counts are rounded and suppressed; summaries are withheld when built from fewer than 8 values. */
  kind: 'count' | 'summary';
  definition: string;
}

export const AGGREGATE_MEASURES = {
  referrals: { rowSql: 'count(*)::int', monthSql: 'coalesce(sum(m.referrals), 0)::int', kind: 'count', definition: 'Referrals received.' },
  starts: { rowSql: 'count(f.started_on)::int', monthSql: 'coalesce(sum(m.starts), 0)::int', kind: 'count', definition: 'Referrals that started a programme.' },
  completions: {
    rowSql: "count(*) filter (where f.status = 'completed')::int",
    monthSql: 'coalesce(sum(m.completions), 0)::int',
    kind: 'count',
    definition: 'Referrals that completed their programme.',
  },
  people: { rowSql: 'count(distinct f.person_id)::int', monthSql: null, kind: 'count', definition: 'Distinct people referred.' },
  meanWaitDays: {
    rowSql: 'avg(f.wait_days)::float8',
    monthSql: 'sum(m.wait_sum)::float8 / nullif(sum(m.wait_n), 0)',
    kind: 'summary',
    definition: 'Mean days from referral received to programme start, over referrals that started.',
  },
  medianWaitDays: {
    rowSql: 'percentile_cont(0.5) within group (order by f.wait_days)::float8',
    monthSql: null,
    kind: 'summary',
    definition: 'Median days from referral received to programme start, over referrals that started.',
  },
} as const satisfies Record<string, MeasureSpec>;
export type AggregateMeasure = keyof typeof AGGREGATE_MEASURES;
export const MEASURE_NAMES = Object.keys(AGGREGATE_MEASURES) as AggregateMeasure[];

/** The values a wait summary is built from, for the fewer-than-8 rule. */
export const WAIT_COUNT = { rowSql: 'count(f.wait_days)::int', monthSql: 'coalesce(sum(m.wait_n), 0)::int' };

export interface DimensionSpec {
  rowSql: string;
  /** A column of referral_month, or the slice whose `value` holds the dimension. */
  month: { column: string } | { slice: SliceDimension; cast?: 'int' };
}

export const AGGREGATE_DIMENSIONS = {
  programme: { rowSql: 'f.programme_id', month: { column: 'm.programme_id' } },
  service: { rowSql: 'f.service_id', month: { column: 'm.service_id' } },
  source: { rowSql: 'f.source_code', month: { slice: 'source' } },
  ward: { rowSql: 'f.ward_code', month: { slice: 'ward' } },
  ethnicCategory: { rowSql: 'f.ethnic_code', month: { slice: 'ethnicCategory' } },
  ethnicGroup: { rowSql: 'f.ethnic_group', month: { slice: 'ethnicGroup' } },
  ageBand: { rowSql: 'f.age_band', month: { slice: 'ageBand' } },
  sex: { rowSql: 'f.sex', month: { slice: 'sex' } },
  deprivationDecile: { rowSql: 'f.deprivation_decile', month: { slice: 'deprivationDecile', cast: 'int' } },
  status: { rowSql: 'f.status', month: { slice: 'status' } },
} as const satisfies Record<string, DimensionSpec>;
export type AggregateDimension = keyof typeof AGGREGATE_DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(AGGREGATE_DIMENSIONS) as AggregateDimension[];

/** A time bucket: what rows are grouped by (a date or number), and how it is shown. */
export interface BucketSpec {
  key: string;
  select: string;
}

const day = (key: string): BucketSpec => ({ key, select: `to_char(${key}, 'YYYY-MM-DD')` });
const fyStart = "extract(year from m.received_month - interval '3 months')::int";

/**
 * Time buckets of the received date, shown as the first day of the bucket or as '2019/20'.
 * Grouping is on dates, which sort faster and narrower than their text. Weeks cannot be
 * rebuilt from months.
 */
export const AGGREGATE_GRANULARITIES = {
  none: null,
  week: { row: day("date_trunc('week', f.received_on)::date"), month: null },
  month: { row: day('f.received_month'), month: day('m.received_month') },
  quarter: { row: day("date_trunc('quarter', f.received_on)::date"), month: day("date_trunc('quarter', m.received_month)::date") },
  financialYear: {
    row: { key: 'f.financial_year', select: 'f.financial_year' },
    month: { key: fyStart, select: `${fyStart}::text || '/' || lpad(((${fyStart} + 1) % 100)::text, 2, '0')` },
  },
} as const satisfies Record<string, { row: BucketSpec; month: BucketSpec | null } | null>;
export type AggregateGranularity = keyof typeof AGGREGATE_GRANULARITIES;
export const GRANULARITY_NAMES = Object.keys(AGGREGATE_GRANULARITIES) as AggregateGranularity[];
