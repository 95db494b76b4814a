import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmrChart } from '@hub/analytics';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool, withFixture } from '../testing/fixture.database.js';
import { serviceSpc } from './service-spc.report.js';

const exact = { policy: { suppressSmallCounts: false } };

describe('serviceSpc on the seeded town', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = seededPool();
  });
  afterAll(() => pool.end());

  it('charts monthly referrals counted from the base table, every month present', async () => {
    const spc = await serviceSpc(pgRunner(pool), 'referrals', {}, exact);
    const { rows } = await pool.query<{ month: string; n: number }>(`
      select to_char(m, 'YYYY-MM-DD') as month, (select count(*)::int from referral where date_trunc('month', received_on) = m) as n
      from generate_series((select date_trunc('month', min(received_on)) from referral), (select max(received_on) from referral), interval '1 month') m`);
    expect(spc.points.map((point) => [point.month, point.value])).toEqual(rows.map((row) => [row.month, row.n]));
    expect(spc.chart).toMatchObject({ kind: 'xmr', variation: xmrChart(rows.map((row) => row.n)).variation });
  });

  it('gives the BAME share of referrals with a stated ethnicity, Z and 99 left out of the denominator', async () => {
    const spc = await serviceSpc(pgRunner(pool), 'bameShare', { period: { financialYear: '2022/23' } }, exact);
    const { rows } = await pool.query<{ bame: number; known: number }>(`
      select count(*) filter (where ec.broad_group in ('Mixed', 'Asian', 'Black', 'Other'))::int as bame,
        count(*) filter (where ec.code not in ('Z', '99'))::int as known
      from referral r join person p on p.id = r.person_id join ethnic_category ec on ec.code = p.ethnic_code
      where date_trunc('month', r.received_on) = '2022-04-01'`);
    expect(spc.points).toHaveLength(12);
    expect(spc.points[0]).toMatchObject({ month: '2022-04-01', numerator: rows[0].bame, denominator: rows[0].known });
    expect(spc.points[0].value).toBeCloseTo(rows[0].bame / rows[0].known, 12);
    expect(spc.definition).toMatch(/left out of the denominator/);
  });

  it('recalculates limits from a month a user marks', async () => {
    const spc = await serviceSpc(pgRunner(pool), 'referrals', {}, { ...exact, rebaseAt: ['2020-04-15'] });
    const april = spc.points.findIndex((point) => point.month === '2020-04-01');
    expect(spc.points[april].mean).not.toBe(spc.points[april - 1].mean);
  });

  it('names a bad series or option', async () => {
    await expect(serviceSpc(pgRunner(pool), 'falls' as never)).rejects.toMatchObject({ field: 'series' });
    await expect(serviceSpc(pgRunner(pool), 'referrals', {}, { rebaseAt: ['April'] })).rejects.toMatchObject({ field: 'options.rebaseAt[0]' });
  });
});

describe('serviceSpc on hand-made fixtures', () => {
  it('zero-fills empty months of the period and keeps a constant series free of NaN', async () => {
    const spc = await withFixture(
      async (fx) => {
        for (let month = 1; month <= 6; month++) {
          if (month === 4) continue;
          for (let i = 0; i < 10; i++) await fx.referral({ receivedOn: `2021-0${month}-10` });
        }
      },
      (runner) => serviceSpc(runner, 'referrals', { period: { from: '2021-01-01', to: '2021-06-30' } }, exact),
    );
    expect(spc.points.map((point) => point.value)).toEqual([10, 10, 10, 0, 10, 10]);
    const constant = await withFixture(
      async (fx) => {
        for (let month = 1; month <= 3; month++) for (let i = 0; i < 10; i++) await fx.referral({ receivedOn: `2021-0${month}-10` });
      },
      (runner) => serviceSpc(runner, 'referrals', { period: { from: '2021-01-01', to: '2021-03-31' } }),
    );
    expect(constant.points.map((point) => [point.value, point.mean])).toEqual([
      [10, 10],
      [10, 10],
      [10, 10],
    ]);
    expect(JSON.stringify(constant)).not.toMatch(/NaN|Infinity/);
  });

  it('leaves a month with 1–7 referrals as a suppressed gap by default', async () => {
    const spc = await withFixture(
      async (fx) => {
        for (let i = 0; i < 3; i++) await fx.referral({ receivedOn: '2021-01-10', person: { ethnicCode: 'J' } });
        for (let i = 0; i < 12; i++) await fx.referral({ receivedOn: '2021-02-10', person: { ethnicCode: i < 4 ? 'Z' : 'J' } });
      },
      async (runner) => [await serviceSpc(runner, 'referrals'), await serviceSpc(runner, 'bameShare')],
    );
    expect(spc[0].points.map((point) => [point.value, point.reason])).toEqual([
      [null, 'suppressed: fewer than 8'],
      [10, null],
    ]);
    expect(spc[1].points[1]).toMatchObject({ numerator: 10, denominator: 10, value: 1 });
  });
});
