import { Migration } from '@mikro-orm/migrations';

/**
 * Read-only rollups for reporting (@hub/reporting). They are materialised views, not tables:
 * nothing writes to them, `refreshRollups` rebuilds them after the seed or an import, and the
 * unique indexes let that refresh run concurrently while dashboards keep reading.
 *
 * Two row-level views (referral_fact, outcome_pair) answer any filter; three monthly summaries
 * built from them (referral_month, outcome_month, kpi_month with kpi_wait) answer the common
 * questions without reading a row per referral.
 */
export class Migration20261122010000_reporting_rollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(REFERRAL_FACT);
    this.addSql(OUTCOME_PAIR);
    this.addSql(REFERRAL_MONTH);
    this.addSql(OUTCOME_MONTH);
    this.addSql(KPI_MONTH);
  }

  override async down(): Promise<void> {
    this.addSql(`drop materialized view if exists kpi_wait, kpi_month, outcome_month, referral_month, outcome_pair, referral_fact;`);
  }
}

// One row per referral with the person's dimensions copied in, so reports filter and group
// without joins. Rows are stored in received order, so a period reads neighbouring pages. Age is taken at the referral from the birth year alone (the exact birthday is
// not stored), so someone can sit one band too high for part of a year.
const REFERRAL_FACT = `
create materialized view referral_fact as
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
order by r.received_on, r.id
with data;

create unique index referral_fact_referral_idx on referral_fact(referral_id);
create index referral_fact_received_idx on referral_fact(received_on);
create index referral_fact_programme_received_idx on referral_fact(programme_id, received_on);
create index referral_fact_financial_year_idx on referral_fact(financial_year);
create index referral_fact_started_idx on referral_fact(started_on) where started_on is not null;
create index referral_fact_ended_idx on referral_fact(ended_on) where ended_on is not null;
create index referral_fact_ward_idx on referral_fact(ward_code);
create index referral_fact_ethnic_idx on referral_fact(ethnic_code);
create index referral_fact_ethnic_group_idx on referral_fact(ethnic_group);
create index referral_fact_age_band_idx on referral_fact(age_band);
create index referral_fact_deprivation_idx on referral_fact(deprivation_decile);
`;

// One row per referral × instrument that has a baseline. The later score is the end of
// programme where there is one, else the latest follow-up; it is null when the person was never
// measured again, so starters without a pair stay visible. SWEMWBS values are metric scores
// (Rasch table, DOMAIN.md §2); every other instrument's value is its recorded score. The
// improvement flags follow DOMAIN.md §2 and @hub/analytics' instrument rules (a reporting spec
// checks every pair against them); they are null without a pair or without such a rule.
const OUTCOME_PAIR = `
create materialized view outcome_pair as
with later as (
  select distinct on (referral_id, instrument_code)
    referral_id, instrument_code, timepoint, measured_on, score
  from outcome_measurement
  where timepoint <> 'baseline'
  order by referral_id, instrument_code, (timepoint = 'end') desc, measured_on desc, timepoint desc
),
rasch (raw, metric) as (values
  (7, 7.00), (8, 9.51), (9, 11.25), (10, 12.40), (11, 13.33), (12, 14.08), (13, 14.75), (14, 15.32),
  (15, 15.84), (16, 16.36), (17, 16.88), (18, 17.43), (19, 17.98), (20, 18.59), (21, 19.25), (22, 19.98),
  (23, 20.73), (24, 21.54), (25, 22.35), (26, 23.21), (27, 24.11), (28, 25.03), (29, 26.02), (30, 27.03),
  (31, 28.13), (32, 29.31), (33, 30.70), (34, 32.55), (35, 35.00)
)
select
  b.referral_id,
  b.instrument_code,
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
  case when v.later_value is not null then case b.instrument_code
    when 'swemwbs' then v.later_value - v.baseline_value >= 3
    when 'wemwbs' then v.later_value - v.baseline_value >= 3
    when 'phq9' then v.baseline_value - v.later_value >= 6
    when 'gad7' then v.baseline_value - v.later_value >= 4
    when 'activity' then width_bucket(v.later_value, array[30, 150]::numeric[]) > width_bucket(v.baseline_value, array[30, 150]::numeric[])
  end end as meaningful,
  case when v.later_value is not null then case b.instrument_code
    when 'fruit_veg' then v.later_value >= 5
    when 'activity' then v.later_value >= 150
    when 'co_ppm' then v.later_value < 10
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
join referral_fact f on f.referral_id = b.referral_id
join instrument i on i.code = b.instrument_code
left join later l on l.referral_id = b.referral_id and l.instrument_code = b.instrument_code
left join rasch rb on b.instrument_code = 'swemwbs' and rb.raw = b.score
left join rasch rl on b.instrument_code = 'swemwbs' and rl.raw = l.score
cross join lateral (
  select coalesce(rb.metric, b.score) as baseline_value,
    case when l.score is not null then coalesce(rl.metric, l.score) end as later_value
) v
where b.timepoint = 'baseline'
order by f.received_on, b.referral_id
with data;

create unique index outcome_pair_referral_instrument_idx on outcome_pair(referral_id, instrument_code);
create index outcome_pair_received_idx on outcome_pair(received_on);
create index outcome_pair_started_idx on outcome_pair(started_on) where started_on is not null;
create index outcome_pair_ended_idx on outcome_pair(instrument_code, ended_on) where ended_on is not null;
`;

// The dimension slices shared by the monthly summaries: counts for all referrals ('all', also
// split by start month) and, separately, for each single dimension, so that a report with at
// most one dimension filter or grouping is answered from a few thousand rows. Values are text,
// with 'not_known' where the person has none recorded.
const SLICE_SETS = (source: string) => `
  case
    when grouping(${source}.ethnic_code) = 0 then 'ethnicCategory'
    when grouping(${source}.ethnic_group) = 0 then 'ethnicGroup'
    when grouping(${source}.age_band) = 0 then 'ageBand'
    when grouping(${source}.sex) = 0 then 'sex'
    when grouping(${source}.deprivation_decile) = 0 then 'deprivationDecile'
    when grouping(${source}.ward_code) = 0 then 'ward'
    when grouping(${source}.source_code) = 0 then 'source'
    when grouping(${source}.status) = 0 then 'status'
    else 'all'
  end as dimension,
  case
    when grouping(${source}.ethnic_code) = 0 then ${source}.ethnic_code
    when grouping(${source}.ethnic_group) = 0 then ${source}.ethnic_group
    when grouping(${source}.age_band) = 0 then coalesce(${source}.age_band, 'not_known')
    when grouping(${source}.sex) = 0 then ${source}.sex
    when grouping(${source}.deprivation_decile) = 0 then coalesce(${source}.deprivation_decile::text, 'not_known')
    when grouping(${source}.ward_code) = 0 then coalesce(${source}.ward_code, 'not_known')
    when grouping(${source}.source_code) = 0 then ${source}.source_code
    when grouping(${source}.status) = 0 then ${source}.status
    else 'all'
  end as value`;

const SLICE_GROUPS = (source: string, keys: string) => `
  grouping sets (
    (${keys}, ${source}.started_month),
    (${keys}, ${source}.ethnic_code), (${keys}, ${source}.ethnic_group), (${keys}, ${source}.age_band),
    (${keys}, ${source}.sex), (${keys}, ${source}.deprivation_decile), (${keys}, ${source}.ward_code),
    (${keys}, ${source}.source_code), (${keys}, ${source}.status))`;

const REFERRAL_MONTH = `
create materialized view referral_month as
select
  f.received_month,
  f.started_month,
  f.programme_id,
  f.service_id,
  ${SLICE_SETS('f')},
  count(*)::int as referrals,
  count(f.started_on)::int as starts,
  count(*) filter (where f.status = 'completed')::int as completions,
  count(f.wait_days)::int as wait_n,
  coalesce(sum(f.wait_days), 0)::int as wait_sum
from referral_fact f
group by ${SLICE_GROUPS('f', 'f.received_month, f.programme_id, f.service_id')}
with data;

create unique index referral_month_key_idx on referral_month(dimension, value, received_month, started_month, programme_id);
`;

// Sums, sums of squares and cross-products over the pairs, from which means, variances and the
// covariance of any slice follow exactly (numeric arithmetic).
const OUTCOME_MONTH = `
create materialized view outcome_month as
select
  o.instrument_code,
  o.received_month,
  o.started_month,
  o.programme_id,
  o.service_id,
  ${SLICE_SETS('o')},
  count(*)::int as starters,
  count(*) filter (where o.status = 'completed')::int as completers,
  count(o.later_value)::int as pairs,
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
group by ${SLICE_GROUPS('o', 'o.instrument_code, o.received_month, o.programme_id, o.service_id')}
with data;

create unique index outcome_month_key_idx on outcome_month(dimension, value, instrument_code, received_month, started_month, programme_id);
`;

// Contract KPIs count each referral in the month of the step they measure: received, started or
// ended. kpi_wait keeps waits as a histogram per start month, so medians of any period are exact.
const KPI_MONTH = `
create materialized view kpi_month as
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
  from referral_fact group by received_month
  union all
  select started_month, 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0
  from referral_fact where started_month is not null group by started_month
  union all
  select date_trunc('month', ended_on)::date, 0, 0, 0, 0, 0,
    count(*) filter (where status = 'completed'), count(*) filter (where status in ('completed', 'dropped_out')), 0, 0, 0, 0
  from referral_fact where ended_on is not null group by 1
  union all
  select date_trunc('month', ended_on)::date, 0, 0, 0, 0, 0, 0, 0,
    count(*) filter (where instrument_code = 'swemwbs'), count(*) filter (where instrument_code = 'swemwbs' and later_value > baseline_value),
    count(*) filter (where instrument_code = 'activity'), count(*) filter (where instrument_code = 'activity' and later_value > baseline_value)
  from outcome_pair
  where instrument_code in ('swemwbs', 'activity') and status = 'completed' and later_value is not null
  group by 1
) steps
group by month
with data;

create unique index kpi_month_month_idx on kpi_month(month);

create materialized view kpi_wait as
select started_month, wait_days, count(*)::int as starts
from referral_fact where started_month is not null
group by started_month, wait_days
with data;

create unique index kpi_wait_key_idx on kpi_wait(started_month, wait_days);
`;
