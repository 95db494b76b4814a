import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { dataCoverage, latestCompleteFinancialYear } from './data-coverage.report.js';

describe('latestCompleteFinancialYear', () => {
  it('is the year before the one the data stop in, when they stop before its 31 March', () => {
    expect(latestCompleteFinancialYear('2019-04-01', '2026-10-31')).toBe('2025/26');
    expect(latestCompleteFinancialYear('2019-04-01', '2026-03-30')).toBe('2024/25');
  });

  it('is the year the data stop in when they reach its 31 March', () => {
    expect(latestCompleteFinancialYear('2019-04-01', '2026-03-31')).toBe('2025/26');
  });

  it('is null with no referrals, or when no year has ended since the first referral', () => {
    expect(latestCompleteFinancialYear(null, null)).toBeNull();
    expect(latestCompleteFinancialYear('2025-06-01', '2026-02-28')).toBeNull();
  });

  it('counts a year the data begin part-way through as complete once it has ended', () => {
    expect(latestCompleteFinancialYear('2025-06-01', '2026-04-02')).toBe('2025/26');
  });
});

describe('dataCoverage on the seeded town', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = seededPool();
  });
  afterAll(() => pool.end());

  it('gives the dates the base tables run between and the years with referrals', async () => {
    const { rows } = await pool.query<{ first: string; last: string; measured: string; qi: string; years: string[] }>(`
      select to_char(min(received_on), 'YYYY-MM-DD') as first, to_char(max(received_on), 'YYYY-MM-DD') as last,
        (select to_char(max(measured_on), 'YYYY-MM-DD') from outcome_measurement) as measured,
        (select to_char(max(period_start), 'YYYY-MM-DD') from qi_measure_value) as qi,
        array(select distinct extract(year from received_on - interval '3 months')::int from referral order by 1 desc)::text[] as years
      from referral`);
    const expected = rows[0]!;
    const coverage = await dataCoverage(pgRunner(pool));
    expect(coverage.firstReferralOn).toBe(expected.first);
    expect(coverage.lastReferralOn).toBe(expected.last);
    expect(coverage.lastOutcomeMeasuredOn).toBe(expected.measured);
    expect(coverage.lastQiValueOn).toBe(expected.qi);
    expect(coverage.financialYears).toEqual(expected.years.map((start) => `${start}/${String((Number(start) + 1) % 100).padStart(2, '0')}`));
    expect(coverage.latestCompleteFinancialYear).toBe(latestCompleteFinancialYear(expected.first, expected.last));
    // The seed spans several years, so at least one of them has ended.
    expect(coverage.financialYears).toContain(coverage.latestCompleteFinancialYear);
  });

  it('says when the rollups were last rebuilt, the seed having rebuilt them', async () => {
    const coverage = await dataCoverage(pgRunner(pool));
    const { rows } = await pool.query<{ changed_at: Date }>(`select changed_at from hub_setting where key = 'rollups_refreshed'`);
    expect(coverage.rollupsRefreshedAt).toEqual(rows[0]!.changed_at);
    expect(coverage.rollupsRefreshedAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
