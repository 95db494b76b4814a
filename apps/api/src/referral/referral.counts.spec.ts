import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';
import { FIXTURE_REFERRALS, type ReferralFixture } from '../testing/fixtures.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

type Months = { referralsPerMonth: { month: string; count: number }[] };
type ByProgramme = { referralsByProgramme: { count: number; programme: { id: string; code: string; service: { code: string } } }[] };

const PER_MONTH = 'query M($filter: ReferralFilter) { referralsPerMonth(filter: $filter) { month count } }';
const BY_PROGRAMME = `query P($filter: ReferralFilter) {
  referralsByProgramme(filter: $filter) { count programme { id code service { code } } }
}`;

/** Expected monthly counts worked out from the fixture itself, months with none included. */
function monthlyCounts(referrals: ReferralFixture[], from: string, to: string): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const referral of referrals) {
    const month = `${referral.received_on.slice(0, 7)}-01`;
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months: { month: string; count: number }[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; day.setUTCMonth(day.getUTCMonth() + 1)) {
    const month = day.toISOString().slice(0, 10);
    months.push({ month, count: counts.get(month) ?? 0 });
  }
  return months;
}

describe('referralsPerMonth', () => {
  it('counts every referral by the month it was received, oldest first', async () => {
    const { referralsPerMonth } = dataOf(await api.run<Months>(PER_MONTH));
    expect(referralsPerMonth).toEqual(monthlyCounts(FIXTURE_REFERRALS, '2019-01-01', '2021-01-01'));
    expect(referralsPerMonth.reduce((sum, month) => sum + month.count, 0)).toBe(150);
  });

  it('counts one programme within a date range, showing empty months as 0', async () => {
    const filter = { programmeIds: ['2'], receivedFrom: '2019-03-15', receivedTo: '2019-08-31' };
    const expected = FIXTURE_REFERRALS.filter(
      (r) => r.programme_id === 2 && r.received_on >= '2019-03-15' && r.received_on <= '2019-08-31',
    );
    const { referralsPerMonth } = dataOf(await api.run<Months>(PER_MONTH, { filter }));
    expect(referralsPerMonth).toEqual(monthlyCounts(expected, '2019-03-01', '2019-08-01'));
  });

  it('returns zero-count months across a range with no referrals at all', async () => {
    const filter = { receivedFrom: '2030-01-01', receivedTo: '2030-03-31' };
    const { referralsPerMonth } = dataOf(await api.run<Months>(PER_MONTH, { filter }));
    expect(referralsPerMonth).toEqual([
      { month: '2030-01-01', count: 0 }, { month: '2030-02-01', count: 0 }, { month: '2030-03-01', count: 0 },
    ]);
  });

  it('returns no months when nothing matches and no dates are given', async () => {
    const { referralsPerMonth } = dataOf(await api.run<Months>(PER_MONTH, { filter: { wardCodes: ['NOWHERE'] } }));
    expect(referralsPerMonth).toEqual([]);
  });
});

describe('referralsByProgramme', () => {
  it('counts referrals to each programme with the programme and its service', async () => {
    const { referralsByProgramme } = dataOf(await api.run<ByProgramme>(BY_PROGRAMME));
    expect(referralsByProgramme).toEqual([
      { count: 50, programme: { id: '1', code: 'ltc-exercise', service: { code: 'ltc-rehab' } } },
      { count: 50, programme: { id: '2', code: 'strength-balance', service: { code: 'falls-prevention' } } },
      { count: 50, programme: { id: '3', code: 'tai-chi', service: { code: 'wellbeing-support' } } },
    ]);
  });

  it('applies the same filter as the referral list, largest count first', async () => {
    const filter = { statuses: ['COMPLETED'], receivedTo: '2020-06-30' };
    const completed = FIXTURE_REFERRALS.filter((r) => r.status === 'completed' && r.received_on <= '2020-06-30');
    const expected = [1, 2, 3]
      .map((id) => ({ id: String(id), count: completed.filter((r) => r.programme_id === id).length }))
      .filter((row) => row.count > 0)
      .sort((a, b) => b.count - a.count || Number(a.id) - Number(b.id));
    const { referralsByProgramme } = dataOf(await api.run<ByProgramme>(BY_PROGRAMME, { filter }));
    expect(referralsByProgramme.map((row) => ({ id: row.programme.id, count: row.count }))).toEqual(expected);
  });
});
