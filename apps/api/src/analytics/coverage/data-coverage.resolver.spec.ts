import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../testing/api.harness.js';
import { openSeededApi, type SeededApi } from '../../testing/seeded.harness.js';

const COVERAGE = `{ dataCoverage {
  firstReferralOn lastReferralOn lastOutcomeMeasuredOn lastQiValueOn rollupsRefreshedAt financialYears latestCompleteFinancialYear definition
} }`;

interface Coverage {
  dataCoverage: {
    firstReferralOn: string;
    lastReferralOn: string;
    lastOutcomeMeasuredOn: string;
    lastQiValueOn: string;
    rollupsRefreshedAt: string;
    financialYears: string[];
    latestCompleteFinancialYear: string;
    definition: string;
  };
}

describe('dataCoverage on the seeded town', () => {
  let api: SeededApi;
  let expected: { first: string; last: string; measured: string; qi: string; refreshed: string; years: string[] };
  beforeAll(async () => {
    api = await openSeededApi();
    // Straight from the base tables; a financial year starts three months into its calendar year.
    [expected] = await api.sql<typeof expected>(`
      select to_char(min(received_on), 'YYYY-MM-DD') as first, to_char(max(received_on), 'YYYY-MM-DD') as last,
        (select to_char(max(measured_on), 'YYYY-MM-DD') from outcome_measurement) as measured,
        (select to_char(max(period_start), 'YYYY-MM-DD') from qi_measure_value) as qi,
        (select to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from hub_setting where key = 'rollups_refreshed') as refreshed,
        array(select distinct to_char(received_on - interval '3 months', 'YYYY') from referral order by 1 desc) as years
      from referral`);
  });
  afterAll(() => api.close());

  it('gives the dates the data run between, the years with referrals and the latest year the data cover to 31 March', async () => {
    const { dataCoverage } = dataOf(await api.run<Coverage>(COVERAGE));
    expect(dataCoverage).toMatchObject({
      firstReferralOn: expected.first,
      lastReferralOn: expected.last,
      lastOutcomeMeasuredOn: expected.measured,
      lastQiValueOn: expected.qi,
    });
    // Without HTTP in between the scalar arrives unserialised, as a Date.
    expect(new Date(dataCoverage.rollupsRefreshedAt).toISOString()).toBe(expected.refreshed);
    expect(dataCoverage.financialYears).toEqual(expected.years.map((year) => `${year}/${String((Number(year) + 1) % 100).padStart(2, '0')}`));
    // Hand-worked: the last referral's financial year is complete only when the data reach its 31 March.
    const lastYearStart = Number(expected.last.slice(0, 4)) - (expected.last.slice(5) < '04-01' ? 1 : 0);
    const lastYearEnd = `${lastYearStart + 1}-03-31`;
    const completeStart = expected.last >= lastYearEnd ? lastYearStart : lastYearStart - 1;
    expect(dataCoverage.latestCompleteFinancialYear).toBe(`${completeStart}/${String((completeStart + 1) % 100).padStart(2, '0')}`);
    expect(dataCoverage.definition).toMatch(/complete when the data reach its 31 March/);
  });

  it('answers every signed-in role with the whole hub’s dates, a scoped manager included, and refuses the anonymous', async () => {
    for (const role of ['commissioner', 'analyst', 'service_manager', 'qi_lead', 'admin'] as const) {
      const { dataCoverage } = dataOf(await api.run<Coverage>(COVERAGE, {}, role));
      expect(dataCoverage.lastReferralOn, role).toBe(expected.last);
    }
    const scoped = dataOf(await api.run<Coverage>(COVERAGE, {}, { role: 'service_manager', name: 'coverage-manager', scopes: [{ kind: 'service', refId: 1 }] }));
    expect(scoped.dataCoverage.firstReferralOn).toBe(expected.first);
    const anonymous = await api.run<Coverage>(COVERAGE, {}, 'anonymous');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
