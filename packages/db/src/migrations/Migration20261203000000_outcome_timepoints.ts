import { Migration } from '@mikro-orm/migrations';

/**
 * Outcome pairs per later timepoint (docs/methods.md, "Which later score a figure pairs with"):
 * each baseline score is paired three ways, with the end-of-programme score ('end'), with the
 * latest follow-up ('follow_up') and with whichever later score is most recent ('latest'). A
 * pair row exists for every baseline and comparison, with no later value where that timepoint
 * was not reached, so the number lost before a timepoint is counted, not inferred. The monthly
 * summaries gain the comparison as a key; contract KPIs read the end-of-programme pairs.
 */
export class Migration20261203000000_outcome_timepoints extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop materialized view kpi_month, outcome_value_month, outcome_month, outcome_pair;`);
    this.addSql(OUTCOME_PAIR);
    this.addSql(OUTCOME_MONTH);
    this.addSql(OUTCOME_VALUE_MONTH);
    this.addSql(KPI_MONTH);
    this.addSql(`analyze outcome_pair, outcome_month, outcome_value_month, kpi_month;`);
  }

  override async down(): Promise<void> {
    throw new Error(
      'Migration20261203000000_outcome_timepoints cannot be undone in place: restore a backup, or migrate a fresh database to the previous version.',
    );
  }
}

const OUTCOME_PAIR = `
create materialized view outcome_pair as
with comparison(comparison) as (values ('end'), ('follow_up'), ('latest')),
later as (
  select distinct on (m.referral_id, m.instrument_code, c.comparison)
    m.referral_id, m.instrument_code, c.comparison, m.timepoint, m.measured_on, m.score
  from outcome_measurement m
  join comparison c on c.comparison = 'latest' or (c.comparison = 'end') = (m.timepoint = 'end')
  where m.timepoint <> 'baseline'
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
where b.timepoint = 'baseline'
order by f.received_on, b.referral_id
with data;

create unique index outcome_pair_key_idx on outcome_pair(referral_id, instrument_code, comparison);
create index outcome_pair_received_idx on outcome_pair(comparison, received_on);
create index outcome_pair_started_idx on outcome_pair(comparison, started_on) where started_on is not null;
create index outcome_pair_ended_idx on outcome_pair(comparison, instrument_code, ended_on) where ended_on is not null;`;

// The dimension slices of the monthly summaries, as the rollups migration defines them.
const SLICE_SETS = `
  case
    when grouping(o.ethnic_code) = 0 then 'ethnicCategory'
    when grouping(o.ethnic_group) = 0 then 'ethnicGroup'
    when grouping(o.age_band) = 0 then 'ageBand'
    when grouping(o.sex) = 0 then 'sex'
    when grouping(o.deprivation_decile) = 0 then 'deprivationDecile'
    when grouping(o.ward_code) = 0 then 'ward'
    when grouping(o.source_code) = 0 then 'source'
    when grouping(o.status) = 0 then 'status'
    else 'all'
  end as dimension,
  case
    when grouping(o.ethnic_code) = 0 then o.ethnic_code
    when grouping(o.ethnic_group) = 0 then o.ethnic_group
    when grouping(o.age_band) = 0 then coalesce(o.age_band, 'not_known')
    when grouping(o.sex) = 0 then o.sex
    when grouping(o.deprivation_decile) = 0 then coalesce(o.deprivation_decile::text, 'not_known')
    when grouping(o.ward_code) = 0 then coalesce(o.ward_code, 'not_known')
    when grouping(o.source_code) = 0 then o.source_code
    when grouping(o.status) = 0 then o.status
    else 'all'
  end as value`;

const KEYS = 'o.comparison, o.instrument_code, o.received_month, o.programme_id, o.service_id';

const OUTCOME_MONTH = `
create materialized view outcome_month as
select
  o.comparison,
  o.instrument_code,
  o.received_month,
  o.started_month,
  o.programme_id,
  o.service_id,
  ${SLICE_SETS},
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
group by grouping sets (
  (${KEYS}, o.started_month),
  (${KEYS}, o.ethnic_code), (${KEYS}, o.ethnic_group), (${KEYS}, o.age_band),
  (${KEYS}, o.sex), (${KEYS}, o.deprivation_decile), (${KEYS}, o.ward_code),
  (${KEYS}, o.source_code), (${KEYS}, o.status))
with data;

create unique index outcome_month_key_idx on outcome_month(comparison, dimension, value, instrument_code, received_month, started_month, programme_id);`;

const OUTCOME_VALUE_MONTH = `
create materialized view outcome_value_month as
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
where o.later_value is not null
group by o.comparison, o.instrument_code, o.received_month, o.started_month, o.programme_id, o.service_id, v.side, v.measured_value
with data;

create unique index outcome_value_month_key_idx
  on outcome_value_month(comparison, instrument_code, received_month, started_month, programme_id, service_id, side, measured_value);`;

// Contract KPIs judge wellbeing and activity at the end of the programme.
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
    count(*) filter (where instrument_code = 'swemwbs'), count(*) filter (where instrument_code = 'swemwbs' and improved),
    count(*) filter (where instrument_code = 'activity'), count(*) filter (where instrument_code = 'activity' and improved)
  from outcome_pair
  where comparison = 'end' and instrument_code in ('swemwbs', 'activity') and status = 'completed' and later_value is not null
  group by 1
) steps
group by month
with data;

create unique index kpi_month_month_idx on kpi_month(month);`;
