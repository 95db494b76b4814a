import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareToBenchmark, wilsonInterval } from '@hub/analytics';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { uptake } from './uptake.service.js';

const exact = { policy: { suppressSmallCounts: false } };

describe('uptake on the seeded town', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = seededPool();
  });
  afterAll(() => pool.end());

  const rowsOf = async <T extends pg.QueryResultRow>(sql: string) => (await pool.query<T>(sql)).rows;

  it('gives each stated broad ethnic group its share of stated referrals and of residents aged 16 and over', async () => {
    const report = await uptake(pgRunner(pool), 'ethnicGroup', {}, exact);
    const referrals = await rowsOf<{ grp: string; n: number }>(`
      select ec.broad_group as grp, count(*)::int as n from referral r join person p on p.id = r.person_id
      join ethnic_category ec on ec.code = p.ethnic_code group by 1`);
    const residents = await rowsOf<{ grp: string; n: number }>(`
      select ec.broad_group as grp, sum(residents)::int as n from population p join ethnic_category ec on ec.code = p.ethnic_code
      where year = 2021 and age_band <> '0-15' group by 1`);
    const stated = referrals.filter((row) => !['Not stated', 'Not known'].includes(row.grp));
    const total = stated.reduce((sum, row) => sum + row.n, 0);
    const population = residents.reduce((sum, row) => sum + row.n, 0);
    expect(report.total.statedReferrals.value).toBe(total);
    // The seed's referrals run from April 2018 to March 2025: rates are over 7 years.
    expect(report.rateYears).toBe(7);
    for (const row of stated) {
      const group = report.groups.find((g) => g.group === row.grp);
      expect(group?.share.estimate).toBeCloseTo(row.n / total, 12);
      expect(group?.share.lower).toBeCloseTo(wilsonInterval(row.n, total)?.lower as number, 12);
      const pop = residents.find((r) => r.grp === row.grp)?.n as number;
      expect(group?.populationShare).toBeCloseTo(pop / population, 12);
      expect(group?.ratePer1000?.rate).toBeCloseTo((row.n / (pop * 7)) * 1000, 9);
      expect(group?.underRepresented).toBe((group?.share.upper as number) < pop / population);
    }
    expect(report.populationYear).toBe(2021);
  });

  it('leaves "Not stated" and "Not known" out of the comparison and publishes their share of all referrals', async () => {
    const report = await uptake(pgRunner(pool), 'ethnicCategory', {}, exact);
    const [counted] = await rowsOf<{ unstated: number; total: number }>(`
      select count(*) filter (where p.ethnic_code in ('Z', '99'))::int as unstated, count(*)::int as total
      from referral r join person p on p.id = r.person_id`);
    expect(report.groups.map((group) => group.group)).not.toContain('Z');
    expect(report.unstated).toMatchObject({ labels: ['Not stated', 'Not known'], referrals: { value: counted.unstated } });
    expect(report.unstated.share.estimate).toBeCloseTo(counted.unstated / counted.total, 12);
    expect(report.groups.reduce((sum, group) => sum + (group.referrals.value as number), 0)).toBe(counted.total - counted.unstated);
  });

  it("counts referrals by the person's own deprivation decile and residents by their ward's decile", async () => {
    const report = await uptake(pgRunner(pool), 'deprivationDecile', {}, exact);
    const referrals = await rowsOf<{ decile: string; n: number }>(`
      select coalesce(p.deprivation_decile::text, 'not_known') as decile, count(*)::int as n
      from referral r join person p on p.id = r.person_id group by 1`);
    const residents = await rowsOf<{ decile: string; n: number }>(`
      select w.deprivation_decile::text as decile, sum(residents)::int as n from population p join ward w on w.code = p.ward_code
      where year = 2021 and age_band <> '0-15' group by 1`);
    for (const row of referrals.filter((r) => r.decile !== 'not_known')) expect(report.groups.find((g) => g.group === row.decile)?.referrals.value).toBe(row.n);
    for (const row of residents) expect(report.groups.find((g) => g.group === row.decile)?.population).toBe(row.n);
    expect(report.definitions.dimension).toMatch(/ward's decile/);
  });

  it('narrows the population with the same filters as the referrals', async () => {
    const report = await uptake(pgRunner(pool), 'ward', { ethnicGroups: ['Asian'], period: { financialYear: '2021/22' } }, exact);
    const [{ n }] = await rowsOf<{ n: number }>(`
      select sum(residents)::int as n from population p join ethnic_category ec on ec.code = p.ethnic_code
      where year = 2021 and ec.broad_group = 'Asian' and age_band <> '0-15'`);
    const [{ r }] = await rowsOf<{ r: number }>(`
      select count(*)::int as r from referral x join person p on p.id = x.person_id join ethnic_category ec on ec.code = p.ethnic_code
      where ec.broad_group = 'Asian' and x.received_on between '2021-04-01' and '2022-03-31'`);
    expect(report.total.population).toBe(n);
    expect(report.total.referrals.value).toBe(r);
  });

  it('runs the funnel per group against the overall start and completion rates', async () => {
    const report = await uptake(pgRunner(pool), 'ageBand', {}, exact);
    const [overall] = await rowsOf<{ referrals: number; started: number; completed: number }>(`
      select count(*)::int as referrals, count(started_on)::int as started, count(*) filter (where status = 'completed')::int as completed from referral`);
    expect(report.total.startRate.estimate).toBeCloseTo(overall.started / overall.referrals, 12);
    expect(report.total.completionRate.estimate).toBeCloseTo(overall.completed / overall.started, 12);
    for (const group of report.groups.filter((g) => g.funnel.startRate.estimate !== null)) {
      expect(group.funnel.startComparison).toBe(compareToBenchmark(group.funnel.startRate, overall.started / overall.referrals, 'higher'));
    }
  });

  it('rounds referral counts to 5 by default and computes shares from the rounded counts', async () => {
    const report = await uptake(pgRunner(pool), 'ethnicGroup');
    for (const group of report.groups) {
      const shown = group.referrals.value;
      if (shown !== null) expect(shown % 5).toBe(0);
      if (group.share.estimate !== null) expect(group.share.estimate).toBe((shown as number) / (report.total.statedReferrals.value as number));
    }
  });

  it('names the field of an unknown dimension', async () => {
    await expect(uptake(pgRunner(pool), 'religion' as never)).rejects.toMatchObject({ field: 'dimension' });
  });
});
