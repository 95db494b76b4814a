/**
 * What each reporting rollup holds, as the SELECT that computes its rows (docs/methods.md,
 * "How the figures keep up with the data"). The rollups are plain tables
 * (Migration20261207100000_rollup_tables); rollup.refresh.ts fills them whole from these
 * statements, or only the rows a change reached: each statement takes a `Reach` that narrows it
 * to the referrals changed (rollup_changed) or the months they fall in (rollup_months), both
 * temporary tables of the refresh's transaction.
 *
 * Listed in build order: each rollup is built after those it reads.
 */
export interface Rollup {
  name: string;
  /** What a partial rebuild deletes and recomputes: the rows of changed referrals, or of touched months. */
  key: { column: string; by: 'referral' | MonthKind };
  select(reach: Reach): string;
}

/** The months a change can move: received, started, and the months of every step a KPI counts. */
export type MonthKind = 'received' | 'started' | 'kpi';

/** Narrows a statement: `and <column> in (…)`, or nothing when the whole rollup is rebuilt. */
export interface Reach {
  referrals(column: string): string;
  /** `column` holds the month; `dateColumn`, when given, the day it is the month of, so an index on the day can narrow the scan. */
  months(column: string, kind: MonthKind, dateColumn?: string): string;
}

export const EVERYTHING: Reach = { referrals: () => '', months: () => '' };

export const CHANGED: Reach = {
  referrals: (column) => `and ${column} in (select referral_id from rollup_changed)`,
  months: (column, kind, dateColumn) => {
    const months = `select month from rollup_months where kind = '${kind}'`;
    const days = dateColumn
      ? ` and ${dateColumn} >= (select min(month) from (${months}) m) and ${dateColumn} < (select max(month) + interval '1 month' from (${months}) m)`
      : '';
    return `and ${column} in (${months})${days}`;
  },
};

// One row per referral with the person's dimensions copied in, so reports filter and group
// without joins. Age is taken at the referral from the birth year alone (the exact birthday is
// not stored), so someone can sit one band too high for part of a year.
const referralFact: Rollup = {
  name: 'referral_fact',
  key: { column: 'referral_id', by: 'referral' },
  select: (reach) => `
select
  r.id as referral_id,
  r.person_id,
  r.programme_id,
  pr.service_id,
  r.source_code,
  r.outreach_event_id,
  r.received_on,
  date_trunc('month', r.received_on)::date as received_month,
  fy.start_year::text || '/' || lpad(((fy.start_year + 1) % 100)::text, 2, '0') as financial_year,
  r.status,
  r.started_on,
  r.ended_on,
  date_trunc('month', r.started_on)::date as started_month,
  date_trunc('month', r.ended_on)::date as ended_month,
  r.started_on - r.received_on as wait_days,
  p.ward_code,
  p.ethnic_code,
  ec.broad_group as ethnic_group,
  ab.code as age_band,
  p.sex,
  p.deprivation_decile,
  p.conditions
from referral r
join person p on p.id = r.person_id
join programme pr on pr.id = r.programme_id
join ethnic_category ec on ec.code = p.ethnic_code
cross join lateral (
  select extract(year from r.received_on)::int - (extract(month from r.received_on) < 4)::int as start_year
) fy
left join age_band ab
  on extract(year from r.received_on)::int - p.birth_year between ab.min_age and coalesce(ab.max_age, 32767)
where true ${reach.referrals('r.id')}
order by r.received_on, r.id`,
};

// Each baseline score paired three ways (docs/methods.md, "Which later score a figure pairs with"):
// with the end-of-programme score ('end'), the latest follow-up ('follow_up') and whichever later
// score is most recent ('latest'). A pair row exists for every baseline and comparison, with no
// later value where that timepoint was not reached. Values are converted where the instrument has
// a conversion table; the verdicts read the instrument's row (docs/methods.md, "Outcome instruments and scoring").
const outcomePair: Rollup = {
  name: 'outcome_pair',
  key: { column: 'referral_id', by: 'referral' },
  select: (reach) => `
with comparison(comparison) as (values ('end'), ('follow_up'), ('latest')),
later as (
  select distinct on (m.referral_id, m.instrument_code, c.comparison)
    m.referral_id, m.instrument_code, c.comparison, m.timepoint, m.measured_on, m.score
  from outcome_measurement m
  join comparison c on c.comparison = 'latest' or (c.comparison = 'end') = (m.timepoint = 'end')
  where m.timepoint <> 'baseline' ${reach.referrals('m.referral_id')}
  order by m.referral_id, m.instrument_code, c.comparison, m.measured_on desc, m.timepoint desc
)
select
  b.referral_id,
  b.instrument_code,
  c.comparison,
  b.measured_on as baseline_on,
  b.score as baseline_score,
  l.timepoint as later_timepoint,
  l.measured_on as later_on,
  l.score as later_score,
  v.baseline_value,
  v.later_value,
  case when v.later_value is not null then
    case when i.higher_is_better then v.later_value > v.baseline_value else v.later_value < v.baseline_value end
  end as improved,
  case when v.later_value is not null then case
    when i.meaningful_change is not null then
      case when i.higher_is_better then v.later_value - v.baseline_value else v.baseline_value - v.later_value end >= i.meaningful_change
    when i.meaningful_bands is not null then
      case when i.higher_is_better
        then width_bucket(v.later_value, i.meaningful_bands) > width_bucket(v.baseline_value, i.meaningful_bands)
        else width_bucket(v.later_value, i.meaningful_bands) < width_bucket(v.baseline_value, i.meaningful_bands) end
  end end as meaningful,
  case when v.later_value is not null then case i.threshold_comparison
    when 'atLeast' then l.score >= i.threshold_value
    when 'below' then l.score < i.threshold_value
  end end as achieving,
  f.programme_id,
  f.service_id,
  f.source_code,
  f.received_on,
  f.received_month,
  f.started_on,
  f.started_month,
  f.ended_on,
  f.status,
  f.ward_code,
  f.ethnic_code,
  f.ethnic_group,
  f.age_band,
  f.sex,
  f.deprivation_decile
from outcome_measurement b
cross join comparison c
join referral_fact f on f.referral_id = b.referral_id
join instrument i on i.code = b.instrument_code
left join later l on l.referral_id = b.referral_id and l.instrument_code = b.instrument_code and l.comparison = c.comparison
left join instrument_score_conversion cb on cb.instrument_code = b.instrument_code and cb.score = b.score
left join instrument_score_conversion cl on cl.instrument_code = l.instrument_code and cl.score = l.score
cross join lateral (
  select coalesce(cb.value, b.score) as baseline_value,
    case when l.score is not null then coalesce(cl.value, l.score) end as later_value
) v
where b.timepoint = 'baseline' ${reach.referrals('b.referral_id')}
order by f.received_on, b.referral_id`,
};

// The dimension slices of the monthly summaries: counts for all referrals ('all', also split by
// start month) and, separately, for each single dimension, so that a report with at most one
// dimension filter or grouping is answered from a few thousand rows. Values are text, with
// 'not_known' where the person has none recorded.
const SLICES: { dimension: string; column: string; value: (column: string) => string }[] = [
  { dimension: 'ethnicCategory', column: 'ethnic_code', value: (column) => column },
  { dimension: 'ethnicGroup', column: 'ethnic_group', value: (column) => column },
  { dimension: 'ageBand', column: 'age_band', value: (column) => `coalesce(${column}, 'not_known')` },
  { dimension: 'sex', column: 'sex', value: (column) => column },
  { dimension: 'deprivationDecile', column: 'deprivation_decile', value: (column) => `coalesce(${column}::text, 'not_known')` },
  { dimension: 'ward', column: 'ward_code', value: (column) => `coalesce(${column}, 'not_known')` },
  { dimension: 'source', column: 'source_code', value: (column) => column },
  { dimension: 'status', column: 'status', value: (column) => column },
];

function sliceColumns(alias: string): string {
  const when = (pick: (slice: (typeof SLICES)[number]) => string) =>
    SLICES.map((slice) => `when grouping(${alias}.${slice.column}) = 0 then ${pick(slice)}`).join('\n    ');
  return `case
    ${when((slice) => `'${slice.dimension}'`)}
    else 'all'
  end as dimension,
  case
    ${when((slice) => slice.value(`${alias}.${slice.column}`))}
    else 'all'
  end as value`;
}

function sliceGroups(alias: string, keys: string): string {
  const sets = [`(${keys}, ${alias}.started_month)`, ...SLICES.map((slice) => `(${keys}, ${alias}.${slice.column})`)];
  return `grouping sets (\n    ${sets.join(',\n    ')})`;
}

const referralMonth: Rollup = {
  name: 'referral_month',
  key: { column: 'received_month', by: 'received' },
  select: (reach) => `
select
  f.received_month,
  f.started_month,
  f.programme_id,
  f.service_id,
  ${sliceColumns('f')},
  count(*)::int as referrals,
  count(f.started_on)::int as starts,
  count(*) filter (where f.status = 'completed')::int as completions,
  count(f.wait_days)::int as wait_n,
  coalesce(sum(f.wait_days), 0)::int as wait_sum
from referral_fact f
where true ${reach.months('f.received_month', 'received', 'f.received_on')}
group by ${sliceGroups('f', 'f.received_month, f.programme_id, f.service_id')}`,
};

const OUTCOME_KEYS = 'o.comparison, o.instrument_code, o.received_month, o.programme_id, o.service_id';

// Sums, sums of squares and cross-products over the pairs, from which means, variances and the
// covariance of any slice follow exactly (numeric arithmetic).
const outcomeMonth: Rollup = {
  name: 'outcome_month',
  key: { column: 'received_month', by: 'received' },
  select: (reach) => `
select
  o.comparison,
  o.instrument_code,
  o.received_month,
  o.started_month,
  o.programme_id,
  o.service_id,
  ${sliceColumns('o')},
  count(*)::int as starters,
  count(*) filter (where o.status = 'completed')::int as completers,
  count(o.later_value)::int as pairs,
  count(*) filter (where o.later_value is null)::int as lost,
  count(*) filter (where o.improved)::int as improved,
  count(o.meaningful)::int as meaningful_n,
  count(*) filter (where o.meaningful)::int as meaningful,
  count(*) filter (where o.achieving)::int as achieving,
  coalesce(sum(o.baseline_value) filter (where o.later_value is not null), 0) as sum_before,
  coalesce(sum(o.later_value), 0) as sum_after,
  coalesce(sum(o.baseline_value * o.baseline_value) filter (where o.later_value is not null), 0) as sum_before2,
  coalesce(sum(o.later_value * o.later_value), 0) as sum_after2,
  coalesce(sum(o.later_value * o.baseline_value), 0) as sum_cross,
  count(*) filter (where o.later_value < 0 or (o.later_value is not null and o.baseline_value < 0))::int as negatives
from outcome_pair o
where true ${reach.months('o.received_month', 'received', 'o.received_on')}
group by ${sliceGroups('o', OUTCOME_KEYS)}`,
};

// Before and after values counted per instrument, month and programme, so the Outcomes page's
// distributions read summary rows instead of every pair twice. Only the whole-population slice is
// kept: a demographic filter is rarer and reads outcome_pair itself. Not 'value': in the summaries
// that column holds the slice's group key.
const outcomeValueMonth: Rollup = {
  name: 'outcome_value_month',
  key: { column: 'received_month', by: 'received' },
  select: (reach) => `
select
  'all'::text as dimension,
  o.comparison,
  o.instrument_code,
  o.received_month,
  o.started_month,
  o.programme_id,
  o.service_id,
  v.side,
  v.measured_value,
  count(*)::int as pairs
from outcome_pair o
cross join lateral (values ('before', o.baseline_value), ('after', o.later_value)) as v(side, measured_value)
where o.later_value is not null ${reach.months('o.received_month', 'received', 'o.received_on')}
group by o.comparison, o.instrument_code, o.received_month, o.started_month, o.programme_id, o.service_id, v.side, v.measured_value`,
};

// Contract KPIs count each referral in the month of the step they measure: received, started or
// ended; wellbeing and activity are judged at the end of the programme.
const kpiMonth: Rollup = {
  name: 'kpi_month',
  key: { column: 'month', by: 'kpi' },
  select: (reach) => `
select month,
  sum(referrals)::int as referrals, sum(received_started)::int as received_started,
  sum(bame)::int as bame, sum(known_ethnicity)::int as known_ethnicity,
  sum(starts)::int as starts, sum(completions)::int as completions, sum(ended_after_start)::int as ended_after_start,
  sum(wellbeing_pairs)::int as wellbeing_pairs, sum(wellbeing_improved)::int as wellbeing_improved,
  sum(activity_pairs)::int as activity_pairs, sum(activity_improved)::int as activity_improved
from (
  select received_month as month, count(*) as referrals, count(started_on) as received_started,
    count(*) filter (where ethnic_group in ('Mixed', 'Asian', 'Black', 'Other')) as bame,
    count(*) filter (where ethnic_group not in ('Not stated', 'Not known')) as known_ethnicity,
    0 as starts, 0 as completions, 0 as ended_after_start, 0 as wellbeing_pairs, 0 as wellbeing_improved, 0 as activity_pairs, 0 as activity_improved
  from referral_fact where true ${reach.months('received_month', 'kpi', 'received_on')} group by received_month
  union all
  select started_month, 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0
  from referral_fact where started_month is not null ${reach.months('started_month', 'kpi', 'started_on')} group by started_month
  union all
  select ended_month, 0, 0, 0, 0, 0,
    count(*) filter (where status = 'completed'), count(*) filter (where status in ('completed', 'dropped_out')), 0, 0, 0, 0
  from referral_fact where ended_on is not null ${reach.months('ended_month', 'kpi', 'ended_on')} group by 1
  union all
  select date_trunc('month', ended_on)::date, 0, 0, 0, 0, 0, 0, 0,
    count(*) filter (where instrument_code = 'swemwbs'), count(*) filter (where instrument_code = 'swemwbs' and improved),
    count(*) filter (where instrument_code = 'activity'), count(*) filter (where instrument_code = 'activity' and improved)
  from outcome_pair
  where comparison = 'end' and instrument_code in ('swemwbs', 'activity') and status = 'completed' and later_value is not null
    ${reach.months(`date_trunc('month', ended_on)::date`, 'kpi', 'ended_on')}
  group by 1
) steps
group by month`,
};

// Waits as a histogram per start month, so medians of any period are exact.
const kpiWait: Rollup = {
  name: 'kpi_wait',
  key: { column: 'started_month', by: 'started' },
  select: (reach) => `
select started_month, wait_days, count(*)::int as starts
from referral_fact where started_month is not null ${reach.months('started_month', 'started', 'started_on')}
group by started_month, wait_days`,
};

export const ROLLUPS: readonly Rollup[] = [referralFact, outcomePair, referralMonth, kpiWait, outcomeMonth, outcomeValueMonth, kpiMonth];

/**
 * The tables whose rows the rollups copy per referral. A write to one of them notes the referrals
 * it reached (rollup_dirty), and only those are recomputed; a write to any other table a rollup
 * reads (programmes, codes, instrument rules) rebuilds every rollup.
 */
export const TRACKED_TABLES = ['referral', 'person', 'outcome_measurement'] as const;
