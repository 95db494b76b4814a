import { BAME_GROUPS, UNKNOWN_ETHNIC_GROUPS } from '../filter/dimension.codes.js';
import type { SqlRunner } from '../sql/sql.runner.js';

export interface KpiRecord {
  id: number;
  code: string;
  name: string;
  description: string;
  metric: string;
  unit: 'count' | 'percent' | 'days';
  direction: 'higher' | 'lower';
  period: 'month' | 'quarter' | 'year';
  tolerance: number;
  targets: { periodStart: string; target: number }[];
  reported: { periodStart: string; value: number }[];
}

export interface ContractBundle {
  code: string;
  title: string;
  startsOn: string;
  endsOn: string;
  extensionEndsOn: string | null;
  /** The last referral received date in the data, so periods after it get no actual. */
  dataUntil: string | null;
  kpis: KpiRecord[];
}

/** The contract with its KPI schedule, targets and reported values, in one round trip. */
export async function loadContract(runner: SqlRunner, code: string): Promise<ContractBundle | null> {
  const [row] = await runner.query<{ bundle: ContractBundle }>(
    `
    select json_build_object(
      'code', c.code, 'title', c.title, 'startsOn', to_char(c.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(c.ends_on, 'YYYY-MM-DD'),
      'extensionEndsOn', to_char(c.extension_ends_on, 'YYYY-MM-DD'),
      'dataUntil', (select to_char(max(received_on), 'YYYY-MM-DD') from referral_fact),
      'kpis', coalesce((select json_agg(json_build_object(
          'id', k.id, 'code', k.code, 'name', k.name, 'description', k.description, 'metric', k.metric, 'unit', k.unit,
          'direction', k.direction, 'period', k.period, 'tolerance', k.tolerance::float8,
          'targets', coalesce((select json_agg(json_build_object('periodStart', to_char(t.period_start, 'YYYY-MM-DD'), 'target', t.target::float8)
            order by t.period_start) from kpi_target t where t.kpi_id = k.id), '[]'::json),
          'reported', coalesce((select json_agg(json_build_object('periodStart', to_char(v.period_start, 'YYYY-MM-DD'), 'value', v.value::float8)
            order by v.period_start) from kpi_value v where v.kpi_id = k.id), '[]'::json)
        ) order by k.id) from kpi k where k.contract_id = c.id), '[]'::json)
    ) as bundle
    from contract c where c.code = $1`,
    [code],
  );
  return row?.bundle ?? null;
}

/** Counts behind every computed KPI metric, for the periods bounded by `thresholds`. */
export interface KpiMetricRow {
  /** 1-based period number: period k runs from thresholds[k − 1] up to thresholds[k]. */
  k: number;
  referrals: number;
  received_started: number;
  bame: number;
  known_ethnicity: number;
  starts: number;
  median_wait: number | null;
  completions: number;
  ended_after_start: number;
  wellbeing_pairs: number;
  wellbeing_improved: number;
  activity_pairs: number;
  activity_improved: number;
}

/**
 * One statement, one pass per date basis: referrals by received date, starts and waits by start
 * date, completions and paired outcomes of completers by end date. width_bucket places each
 * date in its period exactly, whatever day the contract starts on.
 */
export async function loadKpiMetrics(runner: SqlRunner, thresholds: readonly string[]): Promise<KpiMetricRow[]> {
  return runner.query<KpiMetricRow>(
    `
    with received as (
      select width_bucket(f.received_on, $1::date[]) as k, count(*)::int as referrals,
        count(f.started_on)::int as received_started,
        count(*) filter (where f.ethnic_group = any($2::text[]))::int as bame,
        count(*) filter (where f.ethnic_group <> all($3::text[]))::int as known_ethnicity
      from referral_fact f where f.received_on >= $4::date and f.received_on < $5::date
      group by 1
    ),
    started as (
      select width_bucket(f.started_on, $1::date[]) as k, count(*)::int as starts,
        percentile_cont(0.5) within group (order by f.wait_days)::float8 as median_wait
      from referral_fact f where f.started_on >= $4::date and f.started_on < $5::date
      group by 1
    ),
    ended as (
      select width_bucket(f.ended_on, $1::date[]) as k,
        count(*) filter (where f.status = 'completed')::int as completions,
        count(*) filter (where f.status in ('completed', 'dropped_out'))::int as ended_after_start
      from referral_fact f where f.ended_on >= $4::date and f.ended_on < $5::date
      group by 1
    ),
    outcomes as (
      select width_bucket(o.ended_on, $1::date[]) as k,
        count(*) filter (where o.instrument_code = 'swemwbs')::int as wellbeing_pairs,
        count(*) filter (where o.instrument_code = 'swemwbs' and o.improved)::int as wellbeing_improved,
        count(*) filter (where o.instrument_code = 'activity')::int as activity_pairs,
        count(*) filter (where o.instrument_code = 'activity' and o.improved)::int as activity_improved
      from outcome_pair o
      where o.comparison = 'end' and o.instrument_code in ('swemwbs', 'activity') and o.status = 'completed' and o.later_value is not null
        and o.ended_on >= $4::date and o.ended_on < $5::date
      group by 1
    )
    select k,
      coalesce(r.referrals, 0) as referrals, coalesce(r.received_started, 0) as received_started,
      coalesce(r.bame, 0) as bame, coalesce(r.known_ethnicity, 0) as known_ethnicity,
      coalesce(s.starts, 0) as starts, s.median_wait,
      coalesce(e.completions, 0) as completions, coalesce(e.ended_after_start, 0) as ended_after_start,
      coalesce(o.wellbeing_pairs, 0) as wellbeing_pairs, coalesce(o.wellbeing_improved, 0) as wellbeing_improved,
      coalesce(o.activity_pairs, 0) as activity_pairs, coalesce(o.activity_improved, 0) as activity_improved
    from generate_series(1, cardinality($1::date[]) - 1) k
    left join received r using (k)
    left join started s using (k)
    left join ended e using (k)
    left join outcomes o using (k)
    order by k`,
    [thresholds, BAME_GROUPS, UNKNOWN_ETHNIC_GROUPS, thresholds[0], thresholds[thresholds.length - 1]],
  );
}

/**
 * The same counts from the monthly KPI summaries, for periods that start on the first of a
 * month. The median wait comes exactly from the histogram of waits: the middle value, or the
 * mean of the two middle values, found by running totals.
 */
export async function loadKpiMetricsFromMonths(runner: SqlRunner, thresholds: readonly string[]): Promise<KpiMetricRow[]> {
  return runner.query<KpiMetricRow>(
    `
    with months as (
      select width_bucket(k.month, $1::date[]) as k, sum(k.referrals)::int as referrals, sum(k.received_started)::int as received_started,
        sum(k.bame)::int as bame, sum(k.known_ethnicity)::int as known_ethnicity, sum(k.starts)::int as starts,
        sum(k.completions)::int as completions, sum(k.ended_after_start)::int as ended_after_start,
        sum(k.wellbeing_pairs)::int as wellbeing_pairs, sum(k.wellbeing_improved)::int as wellbeing_improved,
        sum(k.activity_pairs)::int as activity_pairs, sum(k.activity_improved)::int as activity_improved
      from kpi_month k where k.month >= $2::date and k.month < $3::date
      group by 1
    ),
    waits as (
      select width_bucket(w.started_month, $1::date[]) as k, w.wait_days, sum(w.starts) as n
      from kpi_wait w where w.started_month >= $2::date and w.started_month < $3::date
      group by 1, 2
    ),
    running as (
      select k, wait_days, sum(n) over (partition by k order by wait_days) as through, sum(n) over (partition by k) as total
      from waits
    ),
    medians as (
      select k, ((min(wait_days) filter (where through >= floor((total + 1) / 2.0)))
        + (min(wait_days) filter (where through >= ceil((total + 1) / 2.0))))::float8 / 2 as median_wait
      from running group by k
    )
    select k, coalesce(m.referrals, 0) as referrals, coalesce(m.received_started, 0) as received_started,
      coalesce(m.bame, 0) as bame, coalesce(m.known_ethnicity, 0) as known_ethnicity, coalesce(m.starts, 0) as starts,
      d.median_wait, coalesce(m.completions, 0) as completions, coalesce(m.ended_after_start, 0) as ended_after_start,
      coalesce(m.wellbeing_pairs, 0) as wellbeing_pairs, coalesce(m.wellbeing_improved, 0) as wellbeing_improved,
      coalesce(m.activity_pairs, 0) as activity_pairs, coalesce(m.activity_improved, 0) as activity_improved
    from generate_series(1, cardinality($1::date[]) - 1) k
    left join months m using (k)
    left join medians d using (k)
    order by k`,
    [thresholds, thresholds[0], thresholds[thresholds.length - 1]],
  );
}
