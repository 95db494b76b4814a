// Hand-written SQL computing the same raw numbers as representative report calls, for the
// benchmark: each report should stay within 1.5× of its floor. A floor is the leanest statement
// a person would write for that answer over the rollups, monthly summaries included; the
// reports add validation, disclosure and intervals in Node on a handful of rows.
import type { Reporting } from '../reporting.facade.js';

export interface FloorQuery {
  description: string;
  sql: string;
  params: unknown[];
  /** The report call answering the same question. */
  call(reporting: Reporting): Promise<unknown>;
}

const OUTCOME_SUMS = `count(*) as starters, count(*) filter (where status = 'completed') as completers, count(later_value) as pairs,
  count(*) filter (where improved) as improved, count(meaningful) as meaningful_n, count(*) filter (where meaningful) as meaningful,
  count(*) filter (where achieving) as achieving, sum(baseline_value) filter (where later_value is not null) as sum_before,
  sum(later_value) as sum_after, sum(baseline_value * baseline_value) filter (where later_value is not null) as sum_before2,
  sum(later_value * later_value) as sum_after2, sum(later_value * baseline_value) as sum_cross`;

export const floorQueries: Readonly<Record<string, FloorQuery>> = {
  outcomeSummary: {
    description: 'Outcome headlines for every instrument, no filter (monthly summary).',
    sql: `
      select instrument_code, sum(starters) as starters, sum(completers) as completers, sum(pairs) as pairs, sum(improved) as improved,
        sum(meaningful_n) as meaningful_n, sum(meaningful) as meaningful, sum(achieving) as achieving,
        sum(sum_before) as sum_before, sum(sum_after) as sum_after, sum(sum_before2) as sum_before2, sum(sum_after2) as sum_after2,
        sum(sum_cross) as sum_cross
      from outcome_month where comparison = 'end' and dimension = 'all' group by instrument_code`,
    params: [],
    call: (reporting) => reporting.outcomeSummary({}),
  },
  outcomeSummaryTwoFilters: {
    description: 'Outcome headlines for Asian women referred in 2022/23 (two dimension filters: row level).',
    sql: `
      select instrument_code, ${OUTCOME_SUMS}
      from outcome_pair where comparison = 'end' and received_on between '2022-04-01' and '2023-03-31' and ethnic_group = 'Asian' and sex = 'female'
      group by instrument_code`,
    params: [],
    call: (reporting) => reporting.outcomeSummary({ period: { financialYear: '2022/23' }, ethnicGroups: ['Asian'], sexes: ['female'] }),
  },
  uptakeByEthnicGroup: {
    description: 'Uptake gaps by broad ethnic group, no filter, latest population year (monthly summary).',
    sql: `
      with r as (select value, sum(referrals) as referrals, sum(starts) as started, sum(completions) as completed
          from referral_month where dimension = 'ethnicGroup' group by value),
        p as (select ec.broad_group, sum(residents) as residents from population p join ethnic_category ec on ec.code = p.ethnic_code
          where p.year = (select max(year) from population) group by ec.broad_group)
      select r.*, p.residents from r left join p on p.broad_group = r.value`,
    params: [],
    call: (reporting) => reporting.uptake('ethnicGroup', {}),
  },
  uptakeByWardForAsianResidents: {
    description: 'Uptake gaps by ward for Asian residents, 2022/23 (two dimensions: row level).',
    sql: `
      with r as (select ward_code, count(*) as referrals, count(started_on) as started, count(*) filter (where status = 'completed') as completed
          from referral_fact where received_on between '2022-04-01' and '2023-03-31' and ethnic_group = 'Asian' group by ward_code),
        p as (select p.ward_code, sum(residents) as residents from population p join ethnic_category ec on ec.code = p.ethnic_code
          where p.year = 2021 and ec.broad_group = 'Asian' group by p.ward_code)
      select * from r full join p using (ward_code)`,
    params: [],
    call: (reporting) => reporting.uptake('ward', { period: { financialYear: '2022/23' }, ethnicGroups: ['Asian'] }),
  },
  aggregateWardByMonth: {
    description: 'Referrals and mean wait by ward and month received, all years, with the total (monthly summary).',
    sql: `
      select value, received_month, sum(referrals) as referrals, sum(wait_sum)::numeric / nullif(sum(wait_n), 0) as mean_wait
      from referral_month where dimension = 'ward'
      group by grouping sets ((value, received_month), ())
      order by grouping(value, received_month), value, received_month`,
    params: [],
    call: (reporting) => reporting.aggregate({ measures: ['referrals', 'meanWaitDays'], dimensions: ['ward'], granularity: 'month' }),
  },
  aggregateProgrammeByMonth: {
    description: 'Referrals and median wait by programme and month received, 2022/23, with the total (row level: medians).',
    sql: `
      select programme_id, received_month, count(*) as referrals, count(wait_days) as waits,
        percentile_cont(0.5) within group (order by wait_days) as median_wait
      from referral_fact where received_on between '2022-04-01' and '2023-03-31'
      group by grouping sets ((programme_id, received_month), ())
      order by grouping(programme_id, received_month), programme_id, received_month`,
    params: [],
    call: (reporting) =>
      reporting.aggregate({
        measures: ['referrals', 'medianWaitDays'],
        dimensions: ['programme'],
        granularity: 'month',
        filter: { period: { financialYear: '2022/23' } },
      }),
  },
  aggregatePeopleAndMedianWait: {
    description: 'Referrals, people and median wait by programme and month, 2022/23, with the total (row level).',
    sql: `
      select programme_id, received_month, count(*) as referrals, count(distinct person_id) as people, count(wait_days) as waits,
        percentile_cont(0.5) within group (order by wait_days) as median_wait
      from referral_fact where received_on between '2022-04-01' and '2023-03-31'
      group by grouping sets ((programme_id, received_month), ())`,
    params: [],
    call: (reporting) =>
      reporting.aggregate({
        measures: ['referrals', 'people', 'medianWaitDays'],
        dimensions: ['programme'],
        granularity: 'month',
        filter: { period: { financialYear: '2022/23' } },
      }),
  },
  serviceSpcReferrals: {
    description: 'Monthly referrals for the SPC chart, every month present, no filter (monthly summary).',
    sql: `
      with c as (select received_month, sum(referrals) as referrals from referral_month where dimension = 'all' group by received_month)
      select m::date as month, coalesce(c.referrals, 0)
      from generate_series((select min(received_month) from c), (select max(received_month) from c), interval '1 month') m
      left join c on c.received_month = m::date order by m`,
    params: [],
    call: (reporting) => reporting.serviceSpc('referrals', {}),
  },
  serviceSpcBameShare: {
    description: 'Monthly BAME share of referrals for the SPC chart, every month present, no filter (monthly summary).',
    sql: `
      with c as (select received_month, sum(referrals) as referrals,
          sum(referrals) filter (where value in ('Mixed', 'Asian', 'Black', 'Other')) as bame,
          sum(referrals) filter (where value not in ('Not stated', 'Not known')) as known
        from referral_month where dimension = 'ethnicGroup' group by received_month)
      select m::date as month, coalesce(c.referrals, 0), coalesce(c.bame, 0), coalesce(c.known, 0)
      from generate_series((select min(received_month) from c), (select max(received_month) from c), interval '1 month') m
      left join c on c.received_month = m::date order by m`,
    params: [],
    call: (reporting) => reporting.serviceSpc('bameShare', {}),
  },
  contractKpis: {
    description:
      'Quarterly KPI actuals, the KPI schedule, targets and reported values of the reference contract across its term and extension (monthly summaries).',
    sql: `
      with q as (select array_agg(d::date order by d) as t from generate_series('2018-04-01'::date, '2025-04-01', interval '3 months') d),
      m as (select width_bucket(month, (select t from q)) as k, sum(referrals) as referrals, sum(starts) as starts,
          sum(completions) as completions, sum(ended_after_start) as ended, sum(bame) as bame, sum(known_ethnicity) as known,
          sum(wellbeing_pairs) as wellbeing_pairs, sum(wellbeing_improved) as wellbeing_improved,
          sum(activity_pairs) as activity_pairs, sum(activity_improved) as activity_improved
        from kpi_month group by 1),
      w as (select width_bucket(started_month, (select t from q)) as k, wait_days, sum(starts) as n from kpi_wait group by 1, 2),
      c as (select k, wait_days, sum(n) over (partition by k order by wait_days) as through, sum(n) over (partition by k) as total from w),
      med as (select k, (min(wait_days) filter (where through >= floor((total + 1) / 2.0))
          + min(wait_days) filter (where through >= ceil((total + 1) / 2.0))) / 2.0 as median_wait from c group by k)
      select m.*, med.median_wait,
        (select json_agg(json_build_object('kpi', kpi, 'targets', (select json_agg(t) from kpi_target t where t.kpi_id = kpi.id),
            'values', (select json_agg(v) from kpi_value v where v.kpi_id = kpi.id)))
          from kpi join contract on contract.id = kpi.contract_id where contract.code = 'twl-2018') as schedule
      from m left join med using (k)`,
    params: [],
    call: (reporting) => reporting.contractKpis('twl-2018'),
  },
};
