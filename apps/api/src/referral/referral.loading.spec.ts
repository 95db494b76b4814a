import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

const NESTED = `query Nested($first: Int) {
  referrals(first: $first) { edges { node {
    person { ward { name } }
    programme { service { name } }
    statusHistory { status }
  } } }
}`;

const ACCESS_TABLES = /\b(audit_log|hub_user|user_scope|user_session|api_token|hub_setting)\b/;

/** Runs a query and counts the SQL statements it sends, seen through knex's query event. */
async function countQueries(query: string, variables: Record<string, unknown>): Promise<{ queries: string[]; edges: number }> {
  const knex = api.orm.em.getKnex();
  const queries: string[] = [];
  const listen = (event: { sql: string }) => queries.push(event.sql);
  knex.on('query', listen);
  try {
    const data = dataOf(await api.run<{ referrals: { edges: unknown[] } }>(query, variables));
    // The harness signs its test account in and the request ends with one audit entry for the
    // record read; those are counted apart, so these figures are the data's own statements.
    const access = queries.filter((sql) => ACCESS_TABLES.test(sql));
    expect(access.filter((sql) => /insert into audit_log/.test(sql))).toHaveLength(1);
    return { queries: queries.filter((sql) => !ACCESS_TABLES.test(sql)), edges: data.referrals.edges.length };
  } finally {
    knex.removeListener('query', listen);
  }
}

describe('loading related records', () => {
  it('costs the same small number of queries for 5 referrals as for 100', async () => {
    const few = await countQueries(NESTED, { first: 5 });
    const many = await countQueries(NESTED, { first: 100 });
    expect(few.edges).toBe(5);
    expect(many.edges).toBe(100);
    // The page with its people and programmes joined in, then wards, services and status histories: one query each.
    expect(many.queries).toHaveLength(4);
    expect(many.queries[0]).toMatch(/join person rp on rp.id = r.person_id join programme rg on rg.id = r.programme_id/);
    expect(few.queries).toHaveLength(many.queries.length);
  });

  it('looks related rows up in one batched query per kind', async () => {
    const { queries } = await countQueries(NESTED, { first: 50 });
    const batched = queries.filter((sql) => /= any\(\$1/.test(sql));
    // Wards, services and status histories; people and programmes came with the page.
    expect(batched).toHaveLength(3);
  });

  it('joins a related row into the page only when it is asked for', async () => {
    const { queries } = await countQueries('{ referrals(first: 3) { edges { node { id programme { name } } } } }', {});
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/join programme rg/);
    expect(queries[0]).not.toMatch(/join person/);
  });

  it('audits the people a page joined in as it audits people looked up by id', async () => {
    await api.run('query JoinedPeople { referrals(first: 3) { edges { node { person { id } } } } }');
    const knex = api.orm.em.getKnex();
    const [{ people }] = (await knex.raw(`select count(distinct person_id)::int as people from (select person_id from referral order by id limit 3) first`))
      .rows;
    const [{ detail }] = (await knex.raw(`select detail from audit_log where operation = 'JoinedPeople' order by id desc limit 1`)).rows;
    expect(detail.read['people.byIds']).toEqual({ rows: people, filters: [{ ids: people }] });
    expect(detail.read['referrals.page'].rows).toBe(3);
  });

  it('fetches one referral with its status history in one statement, ordered and audited as the history loader does', async () => {
    const knex = api.orm.em.getKnex();
    const [{ id }] = (
      await knex.raw(`select referral_id::text as id from referral_status_event group by referral_id order by count(*) desc, referral_id limit 1`)
    ).rows;
    const queries: string[] = [];
    const listen = (event: { sql: string }) => queries.push(event.sql);
    knex.on('query', listen);
    let folded: { referral: { status: string; statusHistory: { status: string; occurredOn: string }[] } };
    try {
      folded = dataOf(await api.run(`query OneWithHistory($id: ID!) { referral(id: $id) { status statusHistory { status occurredOn } } }`, { id }));
    } finally {
      knex.removeListener('query', listen);
    }
    expect(queries.filter((sql) => !ACCESS_TABLES.test(sql))).toHaveLength(1);
    // The same history as the batched loader gives it, reached through the person's referrals, step for step.
    const loaded = dataOf(
      await api.run<{ referral: { person: { referrals: { id: string; statusHistory: unknown[] }[] } } }>(
        `query ($id: ID!) { referral(id: $id) { person { referrals { id statusHistory { status occurredOn } } } } }`,
        { id },
      ),
    );
    expect(folded.referral.statusHistory.length).toBeGreaterThan(2);
    expect(folded.referral.statusHistory).toEqual(loaded.referral.person.referrals.find((referral) => referral.id === id)?.statusHistory);
    const [{ detail }] = (await knex.raw(`select detail from audit_log where operation = 'OneWithHistory' order by id desc limit 1`)).rows;
    expect(detail.read['referrals.statusHistory']).toEqual({ rows: folded.referral.statusHistory.length, filters: [{ ids: 1 }] });
    expect(detail.read['referrals.byIdsWithHistory'].rows).toBe(1);
  });

  it('counts the total only when the query asks for it', async () => {
    const withoutTotal = await countQueries('{ referrals(first: 3) { edges { cursor } } }', {});
    const withTotal = await countQueries('{ referrals(first: 3) { totalCount edges { cursor } } }', {});
    expect(withoutTotal.queries).toHaveLength(1);
    expect(withTotal.queries).toHaveLength(2);
  });
});
