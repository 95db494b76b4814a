import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../testing/api.harness.js';
import { openSeededApi, published, type SeededApi } from '../testing/seeded.harness.js';

// One ReferralFilter (docs/methods.md, "Filters") asked of the list and of three analytics.
const ANALYTICS = `
  aggregate(measures: [REFERRALS], granularity: MONTH, filter: $filter) { rows { values { value } } totals { value } totalsNote }
  referralFunnel(filter: $filter) { stages { stage referrals } totalsNote }
  serviceSpc(series: MONTHLY_REFERRALS, filter: $filter) { points { value } total { value note } }`;
const TOTALS = `query($filter: ReferralFilter) { referrals(filter: $filter, first: 1) { totalCount } ${ANALYTICS} }`;

interface Totals {
  referrals?: { totalCount: number };
  aggregate: { rows: { values: { value: number | null }[] }[]; totals: { value: number | null }[]; totalsNote: string | null };
  referralFunnel: { stages: { stage: string; referrals: number | null }[]; totalsNote: string | null };
  serviceSpc: { points: { value: number | null }[]; total: { value: number | null; note: string | null } };
}

const NOTE = 'Totals are rounded once from exact counts, so parts may not add up to the total.';
const FILTER = { financialYear: '2023/24', sexes: ['FEMALE', 'MALE'], ageBands: ['55-64', '65-74', '75-84'], sourceCodes: ['GP', 'SELF'] };

describe('one filter, one count', () => {
  let api: SeededApi;
  let exact: number;
  beforeAll(async () => {
    api = await openSeededApi();
    // Age at referral as referral_fact takes it: the received year less the birth year.
    const [row] = await api.sql<{ n: number }>(`
      select count(*)::int as n from referral r join person p on p.id = r.person_id
      where r.received_on between '2023-04-01' and '2024-03-31' and p.sex in ('female', 'male') and r.source_code in ('gp', 'self')
        and extract(year from r.received_on)::int - p.birth_year between 55 and 84`);
    exact = row.n;
  });
  afterAll(() => api.close());

  it('gives the list, the aggregate, the funnel and the monthly chart the same exact total', async () => {
    const answer = dataOf(await api.run<Totals>(TOTALS, { filter: FILTER }, 'admin'));
    expect(exact).toBeGreaterThan(50);
    expect(answer.referrals?.totalCount).toBe(exact);
    expect(answer.aggregate.totals[0].value).toBe(exact);
    expect(answer.referralFunnel.stages[0]).toEqual({ stage: 'RECEIVED', referrals: exact });
    expect(answer.serviceSpc.total).toEqual({ value: exact, note: null });
    expect([answer.aggregate.totalsNote, answer.referralFunnel.totalsNote]).toEqual([null, null]);
  });

  it('rounds that total once under disclosure control, the same in the funnel, the aggregate and the chart, with the note', async () => {
    // An analyst reads every programme's aggregates under disclosure control, and no records.
    const answer = dataOf(await api.run<Totals>(`query($filter: ReferralFilter) { ${ANALYTICS} }`, { filter: FILTER }));
    expect(answer.aggregate.totals[0].value).toBe(published(exact));
    expect(answer.referralFunnel.stages[0].referrals).toBe(published(exact));
    expect(answer.serviceSpc.total).toEqual({ value: published(exact), note: NOTE });
    expect([answer.aggregate.totalsNote, answer.referralFunnel.totalsNote]).toEqual([NOTE, NOTE]);
  });

  it('narrows the analytics by current status and service, as the list does', async () => {
    const filter = { financialYear: '2023/24', statuses: ['COMPLETED'], serviceIds: ['1'] };
    const [row] = await api.sql<{ n: number }>(`
      select count(*)::int as n from referral r join programme pr on pr.id = r.programme_id
      where r.received_on between '2023-04-01' and '2024-03-31' and r.status = 'completed' and pr.service_id = 1`);
    const answer = dataOf(await api.run<Totals>(TOTALS, { filter }, 'admin'));
    expect(row.n).toBeGreaterThan(0);
    expect(answer.referrals?.totalCount).toBe(row.n);
    expect(answer.referralFunnel.stages.map((stage) => stage.referrals)).toEqual([row.n, row.n, row.n, row.n]);
  });
});
