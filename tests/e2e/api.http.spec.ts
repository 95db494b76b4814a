import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { suppressCount } from '@hub/analytics';
import { tokenFor } from '../support/accounts.js';
import { postGraphQL } from '../support/graphql.client.js';

const api = () => inject('apiUrl');
/** An analyst reads figures under disclosure control; one granted record access reads referrals. */
const analyst = () => tokenFor('analyst');
const recordAnalyst = () => tokenFor({ role: 'analyst', name: 'analyst with records', recordAccess: true });

describe('the GraphQL API over HTTP, on a seeded database', () => {
  const sql = new pg.Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => sql.connect());
  afterAll(() => sql.end());

  it('counts referrals per month as the database does, under disclosure control', async () => {
    const answer = await postGraphQL<{ referralsPerMonth: { month: string; count: number | null; suppressed: boolean }[] }>(
      api(),
      `query ($filter: ReferralFilter) { referralsPerMonth(filter: $filter) { month count suppressed } }`,
      { filter: { periodFrom: '2019-04-01', periodTo: '2020-03-31' } },
      { token: await analyst() },
    );
    expect(answer.errors).toBeUndefined();
    const exact = await sql.query<{ month: string; count: number }>(
      `select to_char(m, 'YYYY-MM-DD') as month, count(r.id)::int as count
         from generate_series('2019-04-01'::date, '2020-03-01'::date, interval '1 month') as m
         left join referral r on date_trunc('month', r.received_on) = m and r.received_on between '2019-04-01' and '2020-03-31'
         group by m order by m`,
    );
    const expected = exact.rows.map(({ month, count }) => ({ month, count: suppressCount(count), suppressed: suppressCount(count) === null }));
    expect(answer.data?.referralsPerMonth).toEqual(expected);
  });

  it('pages through referrals with cursors, with a total that matches the filter', async () => {
    const query = `query ($after: String) {
      referrals(first: 50, after: $after, filter: { sourceCodes: [GP] }) {
        totalCount edges { cursor node { id source { code } } } pageInfo { hasNextPage endCursor }
      }
    }`;
    const token = await recordAnalyst();
    const firstPage = await postGraphQL<any>(api(), query, {}, { token });
    const secondPage = await postGraphQL<any>(api(), query, { after: firstPage.data.referrals.pageInfo.endCursor }, { token });
    const gpCount = Number((await sql.query(`select count(*) from referral where source_code = 'gp'`)).rows[0].count);
    expect(firstPage.data.referrals.totalCount).toBe(gpCount);
    expect(firstPage.data.referrals.edges).toHaveLength(50);
    const ids = [...firstPage.data.referrals.edges, ...secondPage.data.referrals.edges].map((edge: any) => edge.node.id);
    expect(new Set(ids).size).toBe(100);
  });

  it('names the argument when `first` is above the cap', async () => {
    // Just above the cap: far above it, the query cost limit refuses the request first.
    const answer = await postGraphQL(api(), `{ referrals(first: 501) { totalCount } }`, {}, { token: await recordAnalyst() });
    expect(answer.errors?.[0]?.message).toMatch(/first must be at most 500/);
  });

  it('names the argument when a date is not a date', async () => {
    const answer = await postGraphQL(api(), `{ referralsPerMonth(filter: { periodFrom: "2020-13-40" }) { count } }`, {}, { token: await analyst() });
    expect(answer.errors?.[0]?.message).toMatch(/periodFrom/);
  });

  it('rejects an unknown enum value, naming it', async () => {
    const answer = await postGraphQL(api(), `{ referrals(filter: { statuses: [FINISHED] }) { totalCount } }`, {}, { token: await recordAnalyst() });
    expect(answer.errors?.[0]?.message).toMatch(/FINISHED/);
  });
});
