import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../testing/api.harness.js';
import { openSeededApi, published, type SeededApi } from '../testing/seeded.harness.js';

interface Shown {
  count: number | null;
  suppressed: boolean;
  reason: string | null;
}
type Months = { referralsPerMonth: ({ month: string } & Shown)[] };
type ByProgramme = { referralsByProgramme: ({ programme: { id: string } } & Shown)[] };

const PER_MONTH = 'query M($filter: ReferralFilter) { referralsPerMonth(filter: $filter) { month count suppressed reason } }';
const BY_PROGRAMME = 'query P($filter: ReferralFilter) { referralsByProgramme(filter: $filter) { programme { id } count suppressed reason } }';

/** An exact count as the API must publish it by default (docs/methods.md, "Disclosure control"). */
const shown = (exact: number): Shown => {
  const withheld = exact >= 1 && exact <= 7;
  return { count: published(exact), suppressed: withheld, reason: withheld ? 'suppressed: fewer than 8' : null };
};

let api: SeededApi;
beforeAll(async () => {
  api = await openSeededApi();
});
afterAll(() => api.close());

/** Exact referrals per month over `referral` and `person`, every month of the range included. */
function exactPerMonth(from: string, to: string, where: string, params: unknown[] = []) {
  return api.sql<{ month: string; count: number }>(
    `
    select to_char(m, 'YYYY-MM-DD') as month, count(r.id)::int as count
    from generate_series($1::date, $2::date, interval '1 month') as m
    left join (referral r join person p on p.id = r.person_id)
      on date_trunc('month', r.received_on) = m and r.received_on between $3::date and $4::date and ${where}
    group by m order by m`,
    [`${from.slice(0, 7)}-01`, `${to.slice(0, 7)}-01`, from, to, ...params],
  );
}

describe('referralsPerMonth', () => {
  it('publishes each month of a programme under disclosure control, withholding 1–7 and rounding the rest to 5', async () => {
    const filter = { programmeIds: ['1'], sourceCodes: ['GP'], periodFrom: '2019-04-01', periodTo: '2020-03-31' };
    const exact = await exactPerMonth(filter.periodFrom, filter.periodTo, `r.programme_id = $5 and r.source_code = 'gp'`, [1]);
    expect(
      exact.some((month) => month.count >= 1 && month.count <= 7),
      'the seeded town has a small month',
    ).toBe(true);
    const { referralsPerMonth } = dataOf(await api.run<Months>(PER_MONTH, { filter }));
    expect(referralsPerMonth).toEqual(exact.map((month) => ({ month: month.month, ...shown(month.count) })));
  });

  it('gives exact counts to a role that sees records', async () => {
    const filter = { wardCodes: ['BISC'], ethnicCodes: ['A', 'J'], periodFrom: '2020-01-15', periodTo: '2020-12-31' };
    const exact = await exactPerMonth(filter.periodFrom, filter.periodTo, `p.ward_code = 'BISC' and p.ethnic_code in ('A', 'J')`);
    const { referralsPerMonth } = dataOf(await api.run<Months>(PER_MONTH, { filter }, 'admin'));
    expect(referralsPerMonth).toEqual(exact.map((month) => ({ ...month, suppressed: false, reason: null })));
  });

  it('returns zero-count months across a range with no referrals at all', async () => {
    const filter = { periodFrom: '2090-01-01', periodTo: '2090-03-31' };
    const { referralsPerMonth } = dataOf(await api.run<Months>(PER_MONTH, { filter }));
    const zero = { count: 0, suppressed: false, reason: null };
    expect(referralsPerMonth).toEqual([
      { month: '2090-01-01', ...zero },
      { month: '2090-02-01', ...zero },
      { month: '2090-03-01', ...zero },
    ]);
  });

  it('returns no months when nothing matches and no dates are given', async () => {
    const { referralsPerMonth } = dataOf(await api.run<Months>(PER_MONTH, { filter: { wardCodes: ['NOWHERE'] } }));
    expect(referralsPerMonth).toEqual([]);
  });

  it('names the argument holding a value reporting does not know', async () => {
    const result = await api.run(PER_MONTH, { filter: { ethnicCodes: ['Q'] } });
    expect(result.errors?.[0].message).toContain('ethnicCodes');
  });
});

describe('referralsByProgramme', () => {
  it('publishes each programme under disclosure control, largest published count first and withheld last', async () => {
    const filter = { statuses: ['COMPLETED'], serviceIds: ['1', '2'], periodFrom: '2020-01-01', periodTo: '2020-02-29' };
    const exact = await api.sql<{ id: string; count: number }>(`
      select r.programme_id::text as id, count(*)::int as count
      from referral r join programme g on g.id = r.programme_id
      where r.status = 'completed' and g.service_id in (1, 2) and r.received_on between '2020-01-01' and '2020-02-29'
      group by r.programme_id`);
    const expected = exact
      .map((row) => ({ programme: { id: row.id }, ...shown(row.count) }))
      .sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || Number(a.programme.id) - Number(b.programme.id));
    const { referralsByProgramme } = dataOf(await api.run<ByProgramme>(BY_PROGRAMME, { filter }));
    expect(referralsByProgramme).toEqual(expected);
  });

  it('counts every programme with referrals, rounded to 5', async () => {
    const exact = await api.sql<{ id: string; count: number }>('select programme_id::text as id, count(*)::int as count from referral group by 1');
    const { referralsByProgramme } = dataOf(await api.run<ByProgramme>(BY_PROGRAMME));
    expect(new Set(referralsByProgramme.map((row) => row.programme.id))).toEqual(new Set(exact.map((row) => row.id)));
    for (const row of exact) {
      expect(referralsByProgramme.find((candidate) => candidate.programme.id === row.id)?.count, row.id).toBe(published(row.count));
    }
  });
});
