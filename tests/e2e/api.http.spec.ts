import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { postGraphQL } from '../support/graphql.client.js';

const api = () => inject('apiUrl');

describe('the GraphQL API over HTTP, on a seeded database', () => {
  const sql = new pg.Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => sql.connect());
  afterAll(() => sql.end());

  it('counts referrals per month exactly as the database does', async () => {
    const answer = await postGraphQL<{ referralsPerMonth: { month: string; count: number }[] }>(
      api(),
      `query ($filter: ReferralFilter) { referralsPerMonth(filter: $filter) { month count } }`,
      { filter: { receivedFrom: '2019-04-01', receivedTo: '2020-03-31' } },
    );
    expect(answer.errors).toBeUndefined();
    const expected = await sql.query(
      `select to_char(date_trunc('month', received_on), 'YYYY-MM-DD') as month, count(*)::int as count
         from referral where received_on between '2019-04-01' and '2020-03-31' group by 1 order by 1`,
    );
    expect(answer.data?.referralsPerMonth).toEqual(expected.rows);
  });

  it('pages through referrals with cursors, with a total that matches the filter', async () => {
    const query = `query ($after: String) {
      referrals(first: 50, after: $after, filter: { sourceCodes: [GP] }) {
        totalCount edges { cursor node { id source { code } } } pageInfo { hasNextPage endCursor }
      }
    }`;
    const firstPage = await postGraphQL<any>(api(), query);
    const secondPage = await postGraphQL<any>(api(), query, { after: firstPage.data.referrals.pageInfo.endCursor });
    const gpCount = Number((await sql.query(`select count(*) from referral where source_code = 'gp'`)).rows[0].count);
    expect(firstPage.data.referrals.totalCount).toBe(gpCount);
    expect(firstPage.data.referrals.edges).toHaveLength(50);
    const ids = [...firstPage.data.referrals.edges, ...secondPage.data.referrals.edges].map((edge: any) => edge.node.id);
    expect(new Set(ids).size).toBe(100);
  });

  it('names the argument when `first` is above the cap', async () => {
    const answer = await postGraphQL(api(), `{ referrals(first: 100000) { totalCount } }`);
    expect(answer.errors?.[0]?.message).toMatch(/first/);
  });

  it('names the argument when a date is not a date', async () => {
    const answer = await postGraphQL(api(), `{ referralsPerMonth(filter: { receivedFrom: "2020-13-40" }) { count } }`);
    expect(answer.errors?.[0]?.message).toMatch(/receivedFrom/);
  });

  it('rejects an unknown enum value, naming it', async () => {
    const answer = await postGraphQL(api(), `{ referrals(filter: { statuses: [FINISHED] }) { totalCount } }`);
    expect(answer.errors?.[0]?.message).toMatch(/FINISHED/);
  });
});
