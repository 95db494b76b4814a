import { Migration } from '@mikro-orm/migrations';
import { instrumentReferenceSql } from '../reference/instrument.reference.js';

/**
 * Instrument rules become reference data (docs/methods.md, "Where the instrument rules live"):
 * the instrument table gains each rule's columns and the SWEMWBS Rasch table moves into
 * instrument_score_conversion, both written from the analytics catalogue. outcome_pair then
 * joins them instead of naming instruments, kpi_month counts outcome_pair.improved instead of
 * restating "the score rose", and a measurement's range is checked against its instrument's row.
 */
export class Migration20261202000000_instrument_rules extends Migration {
  override async up(): Promise<void> {
    this.addSql(RULE_COLUMNS);
    this.addSql(instrumentReferenceSql());
    this.addSql(`alter table instrument alter column whole_numbers set not null, alter column higher_is_better set not null;`);
    this.addSql(SCORE_CHECK);
    this.addSql(REBUILT_ROLLUPS);
  }

  override async down(): Promise<void> {
    throw new Error('Migration20261202000000_instrument_rules cannot be undone: the rollups it replaced named each instrument; restore a backup instead.');
  }
}

const RULE_COLUMNS = `
alter table instrument
  add column whole_numbers boolean,
  add column meaningful_change numeric check (meaningful_change > 0),
  add column meaningful_bands numeric[],
  add column threshold_value numeric,
  add column threshold_comparison text check (threshold_comparison in ('atLeast', 'below')),
  add constraint instrument_threshold_check check ((threshold_value is null) = (threshold_comparison is null));

create table instrument_score_conversion (
  instrument_code text not null references instrument(code) on delete cascade,
  score numeric not null,
  value numeric not null,
  primary key (instrument_code, score)
);`;

// A check constraint cannot read another table, so the two checks that repeated every
// instrument's range become one trigger that reads the instrument row. It raises the same
// errors under the same constraint names, so writers see no difference.
const SCORE_CHECK = `
create function outcome_measurement_in_range() returns trigger language plpgsql as $$
declare
  i instrument;
begin
  select * into i from instrument where code = new.instrument_code;
  if new.score < i.min_score or new.score > i.max_score or (i.whole_numbers and new.score <> trunc(new.score)) then
    raise exception 'a % score must be % to %, got %', i.code, i.min_score, i.max_score, new.score
      using errcode = 'check_violation', table = 'outcome_measurement', constraint = 'outcome_measurement_check';
  end if;
  if new.items is not null and (i.item_count is null or cardinality(new.items) <> i.item_count
      or array_position(new.items, null) is not null or i.item_min > any(new.items) or i.item_max < any(new.items)
      or item_total(new.items) <> new.score) then
    raise exception 'the % item answers do not fit the instrument or add up to the score', i.code
      using errcode = 'check_violation', table = 'outcome_measurement', constraint = 'outcome_measurement_check1';
  end if;
  return new;
end $$;

alter table outcome_measurement drop constraint outcome_measurement_check, drop constraint outcome_measurement_check1;
create trigger outcome_measurement_in_range before insert or update on outcome_measurement
  for each row execute function outcome_measurement_in_range();`;

// outcome_month and outcome_value_month read outcome_pair and are rebuilt exactly as they were,
// from their stored definitions, in their original order so that refreshRollups still refreshes
// each after what it reads. The pairs' value is the converted value where the instrument has a
// conversion table; the verdicts read the instrument's row (docs/methods.md, "Outcome instruments and scoring").
const REBUILT_ROLLUPS = `
create temporary table kept_rollup as
select c.relname as view, rtrim(pg_get_viewdef(c.oid), ';') as definition,
  array(select pg_get_indexdef(x.indexrelid) from pg_index x where x.indrelid = c.oid) as indexes, c.oid
from pg_class c
where c.relkind = 'm' and c.relnamespace = current_schema()::regnamespace and c.relname in ('outcome_month', 'outcome_value_month');

drop materialized view kpi_month, outcome_value_month, outcome_month, outcome_pair;

create materialized view outcome_pair as
with later as (
  select distinct on (referral_id, instrument_code)
    referral_id, instrument_code, timepoint, measured_on, score
  from outcome_measurement
  where timepoint <> 'baseline'
  order by referral_id, instrument_code, (timepoint = 'end') desc, measured_on desc, timepoint desc
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
join referral_fact f on f.referral_id = b.referral_id
join instrument i on i.code = b.instrument_code
left join later l on l.referral_id = b.referral_id and l.instrument_code = b.instrument_code
left join instrument_score_conversion cb on cb.instrument_code = b.instrument_code and cb.score = b.score
left join instrument_score_conversion cl on cl.instrument_code = l.instrument_code and cl.score = l.score
cross join lateral (
  select coalesce(cb.value, b.score) as baseline_value,
    case when l.score is not null then coalesce(cl.value, l.score) end as later_value
) v
where b.timepoint = 'baseline'
order by f.received_on, b.referral_id
with data;

create unique index outcome_pair_referral_instrument_idx on outcome_pair(referral_id, instrument_code);
create index outcome_pair_received_idx on outcome_pair(received_on);
create index outcome_pair_started_idx on outcome_pair(started_on) where started_on is not null;
create index outcome_pair_ended_idx on outcome_pair(instrument_code, ended_on) where ended_on is not null;

do $$
declare
  kept record;
  index_sql text;
begin
  for kept in select * from kept_rollup order by oid loop
    execute format('create materialized view %I as %s', kept.view, kept.definition);
    foreach index_sql in array kept.indexes loop
      execute index_sql;
    end loop;
  end loop;
end $$;
drop table kept_rollup;

-- The outcome columns count outcome_pair.improved, the one verdict, rather than restating it.
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
  where instrument_code in ('swemwbs', 'activity') and status = 'completed' and later_value is not null
  group by 1
) steps
group by month
with data;

create unique index kpi_month_month_idx on kpi_month(month);

analyze outcome_pair, outcome_month, outcome_value_month, kpi_month;`;
