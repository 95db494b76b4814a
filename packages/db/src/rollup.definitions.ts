/**
 * What each reporting rollup holds, as the SELECT that computes its rows (docs/methods.md,
 * "How the figures keep up with the data"). The rollups are plain tables
 * (Migration20261207100000_rollup_tables); rollup.refresh.ts fills them whole from these
 * statements, or takes in a change:
 *
 * - the row-level rollups (one row per referral, or per referral × instrument × comparison) are
 *   recomputed for the referrals changed (the temporary table rollup_changed);
 * - the monthly summaries hold only counts and sums, so each takes the change as signed rows: the
 *   changed referrals' new rows counted +1 and their old rows (rollup_old_fact, rollup_old_pair)
 *   counted −1, added to the rows they group into; a group whose count falls to 0 is deleted.
 *
 * Listed in build order: each rollup is built after those it reads.
 */
export type Rollup = RowRollup | SummaryRollup;

interface RowRollup {
  name: string;
  kind: 'rows';
  select(source: Source): string;
}

export interface SummaryRollup {
  name: string;
  kind: 'summary';
  select(source: Source): string;
  /** The columns that identify a row (its unique index, nulls not distinct). */
  key: string[];
  /** The counts and sums a change adds to. */
  totals: string[];
  /** Which rows may have fallen to nothing after a change, with `t` the rollup's row: `t.month in (…) and …`. */
  gone: string;
}

/** Where a statement reads its rows: every referral, or a change's. */
export interface Source {
  /** Narrows a row-level rollup's statement: `and <column> in (…)`, or nothing. */
  referrals(column: string): string;
  /**
   * A row-level rollup's ORDER BY: a full build writes its rows in date order, so a date range
   * reads few pages; a change's handful of rows are not worth sorting, and sorting them would
   * make the planner walk every referral in date order to find them.
   */
  order(columns: string): string;
  /** referral_fact's rows, each with a `sign`. */
  facts: string;
  /** outcome_pair's rows, each with a `sign`. */
  pairs: string;
}

export const EVERYTHING: Source = {
  referrals: () => '',
  order: (columns) => `order by ${columns}`,
  facts: `(select *, 1 as sign from referral_fact)`,
  pairs: `(select *, 1 as sign from outcome_pair)`,
};

export const CHANGED: Source = {
  referrals: (column) => `and ${column} in (select referral_id from rollup_changed)`,
  order: () => '',
  facts: `(select f.*, 1 as sign from referral_fact f where f.referral_id in (select referral_id from rollup_changed)
     union all select f.*, -1 from rollup_old_fact f)`,
  pairs: `(select o.*, 1 as sign from outcome_pair o where o.referral_id in (select referral_id from rollup_changed)
     union all select o.*, -1 from rollup_old_pair o)`,
};

/** Counts the rows (with their signs) that meet a condition: 0, never null, when none does. */
const counted = (alias: string, condition?: string) => `coalesce(sum(${alias}.sign)${condition ? ` filter (where ${condition})` : ''}, 0)::int`;

/**
 * Sums a value over the rows, with their signs, at the fewest decimal places that hold it, so a
 * sum reached by adding and taking away changes is written exactly as one computed afresh.
 */
const summed = (alias: string, value: string, condition?: string) =>
  `trim_scale(coalesce(sum(${alias}.sign * ${value})${condition ? ` filter (where ${condition})` : ''}, 0))`;

/** A received month whose rows a change may have emptied: one an old row of a changed referral fell in. */
const OLD_RECEIVED = `t.received_month in (select distinct received_month from rollup_old_fact)`;

// One row per referral with the person's dimensions copied in, so reports filter and group
// without joins. Age is taken at the referral from the birth year alone (the exact birthday is
// not stored), so someone can sit one band too high for part of a year.
const referralFact: RowRollup = {
  name: 'referral_fact',
  kind: 'rows',
  select: (source) => `
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
  select extract(year from r.received_on)::int - (extract(month from r.received_on) < 4)::int as start_year,
         extract(year from r.received_on)::int - p.birth_year as age
  -- Kept a subquery (offset 0), so each referral's age is worked out once, not once per band it is compared with.
  offset 0
) fy
left join age_band ab on fy.age between ab.min_age and coalesce(ab.max_age, 32767)
where true ${source.referrals('r.id')}
${source.order('r.received_on, r.id')}`,
};

// Each baseline score paired three ways (docs/methods.md, "Which later score a figure pairs with"):
// with the end-of-programme score ('end'), the latest follow-up ('follow_up') and whichever later
// score is most recent ('latest'). A pair row exists for every baseline and comparison, with no
// later value where that timepoint was not reached. Values are converted where the instrument has
// a conversion table; the verdicts read the instrument's row (docs/methods.md, "Outcome instruments and scoring").
const outcomePair: RowRollup = {
  name: 'outcome_pair',
  kind: 'rows',
  select: (source) => `
with comparison(comparison) as (values ('end'), ('follow_up'), ('latest')),
later as (
  select distinct on (m.referral_id, m.instrument_code, c.comparison)
    m.referral_id, m.instrument_code, c.comparison, m.timepoint, m.measured_on, m.score
  from outcome_measurement m
  join comparison c on c.comparison = 'latest' or (c.comparison = 'end') = (m.timepoint = 'end')
  where m.timepoint <> 'baseline' ${source.referrals('m.referral_id')}
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
where b.timepoint = 'baseline' ${source.referrals('b.referral_id')}
${source.order('f.received_on, b.referral_id')}`,
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

const referralMonth: SummaryRollup = {
  name: 'referral_month',
  kind: 'summary',
  key: ['dimension', 'value', 'received_month', 'started_month', 'programme_id'],
  totals: ['referrals', 'starts', 'completions', 'wait_n', 'wait_sum'],
  gone: `t.referrals = 0 and ${OLD_RECEIVED}`,
  select: (source) => `
select
  f.received_month,
  f.started_month,
  f.programme_id,
  f.service_id,
  ${sliceColumns('f')},
  ${counted('f')} as referrals,
  ${counted('f', 'f.started_on is not null')} as starts,
  ${counted('f', `f.status = 'completed'`)} as completions,
  ${counted('f', 'f.wait_days is not null')} as wait_n,
  coalesce(sum(f.sign * f.wait_days), 0)::int as wait_sum
from ${source.facts} f
group by ${sliceGroups('f', 'f.received_month, f.programme_id, f.service_id')}`,
};

const OUTCOME_KEYS = 'o.comparison, o.instrument_code, o.received_month, o.programme_id, o.service_id';
const PAIRED = 'o.later_value is not null';

// Sums, sums of squares and cross-products over the pairs, from which means, variances and the
// covariance of any slice follow exactly (numeric arithmetic).
const outcomeMonth: SummaryRollup = {
  name: 'outcome_month',
  kind: 'summary',
  key: ['comparison', 'dimension', 'value', 'instrument_code', 'received_month', 'started_month', 'programme_id'],
  totals: [
    'starters',
    'completers',
    'pairs',
    'lost',
    'improved',
    'meaningful_n',
    'meaningful',
    'achieving',
    'sum_before',
    'sum_after',
    'sum_before2',
    'sum_after2',
    'sum_cross',
    'negatives',
  ],
  gone: `t.starters = 0 and ${OLD_RECEIVED}`,
  select: (source) => `
select
  o.comparison,
  o.instrument_code,
  o.received_month,
  o.started_month,
  o.programme_id,
  o.service_id,
  ${sliceColumns('o')},
  ${counted('o')} as starters,
  ${counted('o', `o.status = 'completed'`)} as completers,
  ${counted('o', PAIRED)} as pairs,
  ${counted('o', 'o.later_value is null')} as lost,
  ${counted('o', 'o.improved')} as improved,
  ${counted('o', 'o.meaningful is not null')} as meaningful_n,
  ${counted('o', 'o.meaningful')} as meaningful,
  ${counted('o', 'o.achieving')} as achieving,
  ${summed('o', 'o.baseline_value', PAIRED)} as sum_before,
  ${summed('o', 'o.later_value')} as sum_after,
  ${summed('o', 'o.baseline_value * o.baseline_value', PAIRED)} as sum_before2,
  ${summed('o', 'o.later_value * o.later_value')} as sum_after2,
  ${summed('o', 'o.later_value * o.baseline_value')} as sum_cross,
  ${counted('o', `o.later_value < 0 or (${PAIRED} and o.baseline_value < 0)`)} as negatives
from ${source.pairs} o
group by ${sliceGroups('o', OUTCOME_KEYS)}`,
};

// Before and after values counted per instrument, month and programme, so the Outcomes page's
// distributions read summary rows instead of every pair twice. Only the whole-population slice is
// kept: a demographic filter is rarer and reads outcome_pair itself. Not 'value': in the summaries
// that column holds the slice's group key.
const outcomeValueMonth: SummaryRollup = {
  name: 'outcome_value_month',
  kind: 'summary',
  key: ['comparison', 'instrument_code', 'received_month', 'started_month', 'programme_id', 'service_id', 'side', 'measured_value'],
  totals: ['pairs'],
  gone: `t.pairs = 0 and ${OLD_RECEIVED}`,
  select: (source) => `
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
  ${counted('o')} as pairs
from ${source.pairs} o
cross join lateral (values ('before', trim_scale(o.baseline_value)), ('after', trim_scale(o.later_value))) as v(side, measured_value)
where ${PAIRED}
group by o.comparison, o.instrument_code, o.received_month, o.started_month, o.programme_id, o.service_id, v.side, v.measured_value`,
};

// Contract KPIs count each referral in the month of the step they measure: received, started or
// ended; wellbeing and activity are judged at the end of the programme. A month stays while any
// referral was received, started or ended in it, even if every count is 0.
const kpiMonth: SummaryRollup = {
  name: 'kpi_month',
  kind: 'summary',
  key: ['month'],
  totals: [
    'referrals',
    'received_started',
    'bame',
    'known_ethnicity',
    'starts',
    'completions',
    'ended_after_start',
    'wellbeing_pairs',
    'wellbeing_improved',
    'activity_pairs',
    'activity_improved',
  ],
  gone: `t.month in (select received_month from rollup_old_fact union select started_month from rollup_old_fact union select ended_month from rollup_old_fact)
    and not exists (select 1 from referral_fact f where f.received_month = t.month)
    and not exists (select 1 from referral_fact f where f.started_on >= t.month and f.started_on < t.month + interval '1 month')
    and not exists (select 1 from referral_fact f where f.ended_on >= t.month and f.ended_on < t.month + interval '1 month')`,
  select: (source) => `
select month,
  sum(referrals)::int as referrals, sum(received_started)::int as received_started,
  sum(bame)::int as bame, sum(known_ethnicity)::int as known_ethnicity,
  sum(starts)::int as starts, sum(completions)::int as completions, sum(ended_after_start)::int as ended_after_start,
  sum(wellbeing_pairs)::int as wellbeing_pairs, sum(wellbeing_improved)::int as wellbeing_improved,
  sum(activity_pairs)::int as activity_pairs, sum(activity_improved)::int as activity_improved
from (
  select f.received_month as month, ${counted('f')} as referrals, ${counted('f', 'f.started_on is not null')} as received_started,
    ${counted('f', `f.ethnic_group in ('Mixed', 'Asian', 'Black', 'Other')`)} as bame,
    ${counted('f', `f.ethnic_group not in ('Not stated', 'Not known')`)} as known_ethnicity,
    0 as starts, 0 as completions, 0 as ended_after_start, 0 as wellbeing_pairs, 0 as wellbeing_improved, 0 as activity_pairs, 0 as activity_improved
  from ${source.facts} f group by f.received_month
  union all
  select f.started_month, 0, 0, 0, 0, ${counted('f')}, 0, 0, 0, 0, 0, 0
  from ${source.facts} f where f.started_month is not null group by f.started_month
  union all
  select f.ended_month, 0, 0, 0, 0, 0,
    ${counted('f', `f.status = 'completed'`)}, ${counted('f', `f.status in ('completed', 'dropped_out')`)}, 0, 0, 0, 0
  from ${source.facts} f where f.ended_on is not null group by 1
  union all
  select date_trunc('month', o.ended_on)::date, 0, 0, 0, 0, 0, 0, 0,
    ${counted('o', `o.instrument_code = 'swemwbs'`)}, ${counted('o', `o.instrument_code = 'swemwbs' and o.improved`)},
    ${counted('o', `o.instrument_code = 'activity'`)}, ${counted('o', `o.instrument_code = 'activity' and o.improved`)}
  from ${source.pairs} o
  where o.comparison = 'end' and o.instrument_code in ('swemwbs', 'activity') and o.status = 'completed' and o.later_value is not null
  group by 1
) steps
group by month`,
};

// Waits as a histogram per start month, so medians of any period are exact.
const kpiWait: SummaryRollup = {
  name: 'kpi_wait',
  kind: 'summary',
  key: ['started_month', 'wait_days'],
  totals: ['starts'],
  gone: `t.starts = 0 and t.started_month in (select started_month from rollup_old_fact)`,
  select: (source) => `
select f.started_month, f.wait_days, ${counted('f')} as starts
from ${source.facts} f where f.started_month is not null
group by f.started_month, f.wait_days`,
};

export const ROLLUPS: readonly Rollup[] = [referralFact, outcomePair, referralMonth, kpiWait, outcomeMonth, outcomeValueMonth, kpiMonth];

/**
 * The tables whose rows the rollups copy per referral. A write to one of them notes the referrals
 * it reached (rollup_dirty), and only those are recomputed; a write to any other table a rollup
 * reads (programmes, codes, instrument rules) rebuilds every rollup.
 */
export const TRACKED_TABLES = ['referral', 'person', 'outcome_measurement'] as const;
