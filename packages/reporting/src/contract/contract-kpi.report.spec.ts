import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiStatus, xmrChart } from '@hub/analytics';
import { ReportingNotFoundError } from '../input/reporting.errors.js';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool, withFixture } from '../testing/fixture.database.js';
import { contractKpis, type ContractKpiReport, type KpiReport } from './contract-kpi.report.js';

const exact = { suppressSmallCounts: false };
const kpiOf = (report: ContractKpiReport, metric: string) => report.kpis.find((kpi) => kpi.kpi.metric === metric) as KpiReport;

describe('contractKpis on the seeded contract', () => {
  let pool: pg.Pool;
  let report: ContractKpiReport;
  beforeAll(async () => {
    pool = seededPool();
    report = await contractKpis(pgRunner(pool), 'twl-2018', exact);
  });
  afterAll(() => pool.end());

  const quarterly = async (sql: string) =>
    (
      await pool.query<{ q: string; value: number | null }>(`
    with q as (select d::date as q from generate_series('2018-04-01'::date, '2025-01-01', interval '3 months') d)
    select to_char(q.q, 'YYYY-MM-DD') as q, (${sql}) as value from q order by q.q`)
    ).rows;

  it('reports every quarter of the term and extension for every KPI', async () => {
    expect(report.contract).toMatchObject({ code: 'twl-2018', startsOn: '2018-04-01' });
    const { rows } = await pool.query('select count(*)::int as n from kpi');
    expect(report.kpis).toHaveLength(rows[0].n);
    for (const kpi of report.kpis) expect(kpi.periods).toHaveLength(28);
    expect(report.kpis[0].periods.at(-1)).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-03-31' });
  });

  it('counts referrals and starts per quarter as the base table does', async () => {
    const referrals = await quarterly(`select count(*)::int from referral where received_on >= q.q and received_on < q.q + interval '3 months'`);
    const starts = await quarterly(`select count(*)::int from referral where started_on >= q.q and started_on < q.q + interval '3 months'`);
    expect(kpiOf(report, 'referrals').periods.map((p) => p.actual)).toEqual(referrals.map((row) => row.value));
    expect(kpiOf(report, 'starts').periods.map((p) => p.actual)).toEqual(starts.map((row) => row.value));
  });

  it('computes the completion rate, median wait and BAME share per quarter', async () => {
    const completion = await quarterly(`select 100.0 * count(*) filter (where status = 'completed') / nullif(count(*), 0) from referral
      where status in ('completed', 'dropped_out') and ended_on >= q.q and ended_on < q.q + interval '3 months'`);
    const wait = await quarterly(`select percentile_cont(0.5) within group (order by started_on - received_on) from referral
      where started_on >= q.q and started_on < q.q + interval '3 months'`);
    const bame = await quarterly(`select 100.0 * count(*) filter (where ec.broad_group in ('Mixed', 'Asian', 'Black', 'Other'))
      / nullif(count(*) filter (where ec.code not in ('Z', '99')), 0)
      from referral r join person p on p.id = r.person_id join ethnic_category ec on ec.code = p.ethnic_code
      where r.received_on >= q.q and r.received_on < q.q + interval '3 months'`);
    const close = (values: (number | null)[], expected: { value: number | null }[]) =>
      values.forEach((value, i) => (expected[i].value === null ? expect(value).toBeNull() : expect(value).toBeCloseTo(Number(expected[i].value), 9)));
    close(
      kpiOf(report, 'completion_rate').periods.map((p) => p.actual),
      completion,
    );
    close(
      kpiOf(report, 'median_wait_days').periods.map((p) => p.actual),
      wait,
    );
    close(
      kpiOf(report, 'bame_referral_share').periods.map((p) => p.actual),
      bame,
    );
  });

  it('takes reported KPIs from kpi_value and targets from kpi_target, with the RAG of analytics', async () => {
    const reported = kpiOf(report, 'reported');
    const { rows } = await pool.query(`select to_char(period_start, 'YYYY-MM-DD') as q, value::float8 from kpi_value v
      join kpi k on k.id = v.kpi_id where k.metric = 'reported' order by 1`);
    expect(reported.periods.filter((p) => p.actual !== null).map((p) => [p.periodStart, p.actual])).toEqual(rows.map((row) => [row.q, row.value]));
    for (const kpi of report.kpis) {
      const targets = (
        await pool.query(
          `select t.target::float8 from kpi_target t join kpi k on k.id = t.kpi_id
        where k.code = $1 order by period_start`,
          [kpi.kpi.code],
        )
      ).rows.map((row) => row.target);
      expect(kpi.periods.map((p) => p.target)).toEqual(targets);
      for (const period of kpi.periods) {
        expect(period.rag).toBe(kpiStatus({ actual: period.actual, target: period.target, direction: kpi.kpi.direction, tolerance: kpi.kpi.tolerance }).rag);
      }
    }
  });

  it('gives the SPC variation and assurance of the quarterly actuals against the latest target', () => {
    const referrals = kpiOf(report, 'referrals');
    const expected = xmrChart(
      referrals.periods.map((p) => p.actual),
      { direction: 'increase', target: referrals.periods.at(-1)?.target as number },
    );
    expect(referrals.chart).toEqual({ kind: 'xmr', variation: expected.variation, assurance: expected.assurance });
    expect(referrals.periods[5].spc.mean).toBe(expected.points[5].mean);
  });

  it('names a malformed code and says when a contract does not exist', async () => {
    await expect(contractKpis(pgRunner(pool), "x' or 1=1 --")).rejects.toMatchObject({ field: 'contractCode' });
    await expect(contractKpis(pgRunner(pool), 'no-such-contract')).rejects.toBeInstanceOf(ReportingNotFoundError);
  });
});

describe('contractKpis on a hand-made contract', () => {
  it('gives null actuals with reasons for periods after the data and KPIs without targets', async () => {
    const report = await withFixture(
      async (fx) => {
        const commissioner = await fx.one(`insert into organisation (code, name, kind) values ('fx-council', 'Council', 'commissioner') returning id`);
        const contract = await fx.one(
          `insert into contract (code, title, commissioner_id, starts_on, ends_on, extension_ends_on)
          values ('fx-contract', 'Fixture contract', $1, '2019-04-01', '2020-03-31', '2021-03-31') returning id`,
          [commissioner],
        );
        await fx.client.query(
          `insert into kpi (contract_id, code, name, description, metric, unit, direction, period)
          values ($1, 'starts', 'Starts', 'Starts', 'starts', 'count', 'higher', 'year'),
                 ($1, 'wait', 'Wait', 'Wait', 'median_wait_days', 'days', 'lower', 'year')`,
          [contract],
        );
        for (let i = 0; i < 9; i++) await fx.referral({ receivedOn: '2019-05-01', startedOn: `2019-05-${String(2 + i).padStart(2, '0')}` });
      },
      (runner) => contractKpis(runner, 'fx-contract', exact),
    );
    const [starts, wait] = report.kpis;
    expect(starts.periods.map((p) => [p.periodStart, p.actual, p.reason])).toEqual([
      ['2019-04-01', 9, null],
      ['2020-04-01', null, 'no data for the period yet'],
    ]);
    expect(starts.periods[0]).toMatchObject({ target: null, rag: null, ragReason: 'no target set' });
    // Waits of 1–9 days: median 5.
    expect(wait.periods[0].actual).toBe(5);
    expect(starts.chart).toMatchObject({ kind: 'run', assurance: null });
  });

  it('withholds a median of fewer than 8 starts and rounds counts by default', async () => {
    const report = await withFixture(
      async (fx) => {
        const commissioner = await fx.one(`insert into organisation (code, name, kind) values ('fx-council', 'Council', 'commissioner') returning id`);
        const contract = await fx.one(
          `insert into contract (code, title, commissioner_id, starts_on, ends_on)
          values ('fx-contract', 'Fixture contract', $1, '2019-04-01', '2020-03-31') returning id`,
          [commissioner],
        );
        await fx.client.query(
          `insert into kpi (contract_id, code, name, description, metric, unit, direction)
          values ($1, 'wait', 'Wait', 'Wait', 'median_wait_days', 'days', 'lower'), ($1, 'refs', 'Referrals', 'Referrals', 'referrals', 'count', 'higher')`,
          [contract],
        );
        for (let i = 0; i < 5; i++) await fx.referral({ receivedOn: '2019-05-01', startedOn: '2019-05-20' });
        for (let i = 0; i < 7; i++) await fx.referral({ receivedOn: '2019-05-01', status: 'declined' });
      },
      (runner) => contractKpis(runner, 'fx-contract'),
    );
    const [wait, referrals] = report.kpis;
    expect(wait.periods[0]).toMatchObject({ actual: null, reason: 'suppressed: built from fewer than 8 values' });
    expect(referrals.periods[0]).toMatchObject({ actual: 10 });
    expect(referrals.periods[1]).toMatchObject({ actual: null, reason: 'no data for the period yet' });
  });

  // 9 starts against a target of 10: the published 10 would read green; the exact 9 is red.
  it('judges the RAG status on the exact actual and says so where the published actual would read otherwise', async () => {
    const [controlled, open] = await withFixture(
      async (fx) => {
        const commissioner = await fx.one(`insert into organisation (code, name, kind) values ('fx-council', 'Council', 'commissioner') returning id`);
        const contract = await fx.one(
          `insert into contract (code, title, commissioner_id, starts_on, ends_on)
          values ('fx-contract', 'Fixture contract', $1, '2019-04-01', '2020-03-31') returning id`,
          [commissioner],
        );
        const kpi = await fx.one(
          `insert into kpi (contract_id, code, name, description, metric, unit, direction, period)
          values ($1, 'starts', 'Starts', 'Starts', 'starts', 'count', 'higher', 'year') returning id`,
          [contract],
        );
        await fx.client.query(`insert into kpi_target (kpi_id, period_start, target) values ($1, '2019-04-01', 10)`, [kpi]);
        for (let i = 0; i < 9; i++) await fx.referral({ receivedOn: '2019-05-01', startedOn: '2019-05-02' });
      },
      async (runner) => [await contractKpis(runner, 'fx-contract'), await contractKpis(runner, 'fx-contract', exact)],
    );
    expect(controlled.kpis[0].periods[0]).toMatchObject({
      actual: 10,
      target: 10,
      rag: 'red',
      ragReason: 'short of target, beyond tolerance 0 (judged on the exact figure)',
      ragNote: 'RAG judged on the exact figure; the published figure is rounded and would read green.',
    });
    expect(open.kpis[0].periods[0]).toMatchObject({ actual: 9, rag: 'red', ragReason: 'short of target by 1, beyond tolerance 0', ragNote: null });
  });
});
