import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool, withFixture } from '../testing/fixture.database.js';
import { refreshRollups } from './rollup.refresh.js';

describe('the reporting rollups', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = seededPool();
  });
  afterAll(() => pool.end());

  it("hold one referral_fact row per referral with the person's dimensions copied in", async () => {
    const { rows } = await pool.query(`
      select (select count(*)::int from referral) as referrals, (select count(*)::int from referral_fact) as facts,
        (select count(*)::int from referral_fact f join referral r on r.id = f.referral_id join person p on p.id = r.person_id
          where f.ethnic_code = p.ethnic_code and f.sex = p.sex and f.ward_code is not distinct from p.ward_code
            and f.wait_days is not distinct from r.started_on - r.received_on) as matching`);
    expect(rows[0].facts).toBe(rows[0].referrals);
    expect(rows[0].matching).toBe(rows[0].referrals);
  });

  it('label the financial year and the age band at referral, from the birth year', async () => {
    const rows = await withFixture(
      async (fx) => {
        for (const receivedOn of ['2019-03-31', '2019-04-01', '2020-01-02']) await fx.referral({ receivedOn, person: { birthYear: 1955 } });
      },
      (runner) => runner.query('select financial_year, age_band from referral_fact order by received_on'),
    );
    expect(rows).toEqual([
      { financial_year: '2018/19', age_band: '55-64' },
      { financial_year: '2019/20', age_band: '55-64' },
      { financial_year: '2019/20', age_band: '65-74' },
    ]);
  });

  it('hold one outcome_pair row per referral, instrument with a baseline, and comparison', async () => {
    const { rows } = await pool.query(`select (select count(*)::int from outcome_measurement where timepoint = 'baseline') as baselines,
      (select count(*)::int from outcome_pair where comparison = 'end') as ends,
      (select count(*)::int from outcome_pair where comparison = 'follow_up') as follow_ups,
      (select count(*)::int from outcome_pair where comparison = 'latest') as latests`);
    expect([rows[0].ends, rows[0].follow_ups, rows[0].latests]).toEqual([rows[0].baselines, rows[0].baselines, rows[0].baselines]);
  });

  it('refresh concurrently while populated, and pick up new rows', async () => {
    await expect(refreshRollups(pgRunner(pool), { concurrently: true })).resolves.toBeUndefined();
    const count = await withFixture(
      async (fx) => {
        await fx.pair('swemwbs', 20, 24);
      },
      async (runner) =>
        runner.query<{ n: number; metric: string }>(`select count(*)::int as n, max(later_value)::text as metric from outcome_pair where comparison = 'end'`),
    );
    expect(count).toEqual([{ n: 1, metric: '21.54' }]);
  });
});
