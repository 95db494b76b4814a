import { openOrm } from '@hub/db';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { SqlClient } from './common/sql.client.js';
import { apiOrmOptions, createServer } from './server.js';
import { ReferralRepository } from './referral/referral.repository.js';
import { viewerAs } from './testing/viewers.js';
import { dataOf, openTestApi, type TestApi } from './testing/api.harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());
afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs a query that must fail, and returns its single error. */
async function errorOf(query: string, variables?: Record<string, unknown>) {
  const result = await api.run(query, variables);
  expect(result.errors).toHaveLength(1);
  return result.errors![0];
}

describe('bad input', () => {
  it('names the argument holding an impossible date', async () => {
    const error = await errorOf('{ referrals(filter: { periodFrom: "2020-13-40" }) { totalCount } }');
    expect(error.message).toMatch(/"filter\.periodFrom"/);
    expect(error.message).toMatch(/not a valid LocalDate/);
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', argumentName: 'filter.periodFrom' });
  });

  it('names the field when the impossible date comes in a variable', async () => {
    const query = 'query Q($filter: ReferralFilter) { referrals(filter: $filter) { totalCount } }';
    const error = await errorOf(query, { filter: { periodFrom: '2020-13-40' } });
    expect(error.message).toMatch(/periodFrom/);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names the argument holding an unknown enum value', async () => {
    const error = await errorOf('{ referrals(filter: { sourceCodes: [FAX] }) { totalCount } }');
    expect(error.message).toMatch(/"filter\.sourceCodes"/);
    expect(error.message).toMatch(/FAX/);
  });

  it('refuses a page larger than 500, naming first and the cap', async () => {
    const error = await errorOf('{ referrals(first: 1000) { totalCount } }');
    expect(error.message).toMatch(/"first"/);
    expect(error.message).toMatch(/500/);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('refuses a cursor it did not issue, naming after', async () => {
    const error = await errorOf('{ referrals(after: "not-a-cursor") { totalCount } }');
    expect(error.message).toMatch(/"after"/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  it('refuses a cursor from a different list', async () => {
    const people = dataOf(await api.run<{ people: { pageInfo: { endCursor: string } } }>('{ people(first: 2) { pageInfo { endCursor } } }'));
    const error = await errorOf('query Q($after: String) { referrals(after: $after) { totalCount } }', { after: people.people.pageInfo.endCursor });
    expect(error.message).toMatch(/"after"/);
  });

  it('refuses a date range that ends before it starts, naming periodTo', async () => {
    const error = await errorOf('{ referralsPerMonth(filter: { periodFrom: "2020-01-01", periodTo: "2019-12-31" }) { count } }');
    expect(error.message).toMatch(/"filter\.periodTo"/);
    expect(error.message).toMatch(/must not be before from \(2020-01-01\), got 2019-12-31/);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'filter.periodTo' });
  });

  it('refuses an id that is not a number, naming id', async () => {
    const error = await errorOf('{ programme(id: "abc") { name } }');
    expect(error.message).toMatch(/"id"/);
  });

  it('refuses a programme id in a filter that is not a number, naming the entry', async () => {
    const error = await errorOf('{ referrals(filter: { programmeIds: ["1", "x"] }) { totalCount } }');
    expect(error.message).toMatch(/"filter\.programmeIds\[1\]": "x" is not an id/);
  });
});

describe('internal errors', () => {
  it('hide the SQL and its values behind "Internal server error"', async () => {
    vi.spyOn(ReferralRepository.prototype, 'page').mockImplementation(function (this: ReferralRepository) {
      const sql = (this as unknown as { sql: SqlClient }).sql;
      return sql.rows('select * from no_such_table where pseudonym = ?', ['secret-pseudonym']) as never;
    });
    const result = await api.run('{ referrals { edges { cursor } } }');
    expect(result.errors).toEqual([
      { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['referrals'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    const body = JSON.stringify(result);
    expect(body).not.toMatch(/no_such_table|select|secret-pseudonym/);
  });

  it('keep the rest of the response when one field fails', async () => {
    vi.spyOn(ReferralRepository.prototype, 'byIds').mockRejectedValue(new Error('connection reset by peer'));
    const result = await api.run('{ programmes { code } referral(id: "1") { id } }');
    expect(result.errors?.map((error) => error.message)).toEqual(['Internal server error']);
    expect(result.data).toEqual({ programmes: [{ code: 'ltc-exercise' }, { code: 'strength-balance' }, { code: 'tai-chi' }], referral: null });
  });
});

describe('dates', () => {
  it('refuses year 9999 in a literal, naming the argument, rather than counting months forever', async () => {
    const error = await errorOf('{ referralsPerMonth(filter: { periodTo: "9999-12-31" }) { count } }');
    expect(error.message).toMatch(/"filter\.periodTo"/);
    expect(error.message).toMatch(/year 9999 is outside the dates this API accepts \(1900-01-01 to 2100-12-31\)/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.periodTo' });
  });

  it('refuses year 10000 and year 1899 in a variable, naming the field', async () => {
    const query = 'query Q($filter: ReferralFilter) { referralsPerMonth(filter: $filter) { count } }';
    for (const day of ['10000-01-01', '1899-12-31']) {
      const error = await errorOf(query, { filter: { periodFrom: day } });
      expect(error.message).toMatch(/periodFrom/);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('accepts the edges of the range', async () => {
    const result = await api.run('{ referralsPerMonth(filter: { periodFrom: "1900-01-01", periodTo: "2100-12-31" }) { count } }');
    expect(result.errors).toBeUndefined();
  });
});

describe('ids', () => {
  it('refuses a programme id past the largest integer key, naming id', async () => {
    const error = await errorOf('{ programme(id: "2147483648") { name } }');
    expect(error.message).toMatch(/"id"/);
    expect(error.message).toMatch(/at most 2147483647/);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a filter id past its column, naming the list', async () => {
    const error = await errorOf('{ referrals(filter: { programmeIds: ["99999999999"] }) { totalCount } }');
    expect(error.message).toMatch(/programmeIds/);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('looks up a referral id past 2^31, since referrals are keyed by bigint', async () => {
    const result = await api.run('{ referral(id: "2147483648") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ referral: null });
  });
});

describe('limits', () => {
  it('keep their own code and a message naming the limit', async () => {
    let selection = 'name';
    for (let level = 0; level < 12; level++) selection = level % 2 ? `contract { ${selection} }` : `kpis { ${selection} }`;
    const [error] = (await api.run(`{ contracts { ${selection} } }`)).errors ?? [];
    expect(error).toMatchObject({ message: 'Query depth 14 exceeds the limit of 7.', extensions: { code: 'QUERY_TOO_DEEP' } });
  });

  it('refuse a document of more tokens than the limit', async () => {
    const error = await errorOf(`{ programmes { ${'code '.repeat(3000)} } }`);
    expect(error).toMatchObject({ message: 'Query has more than 3000 tokens, the limit.', extensions: { code: 'TOO_MANY_TOKENS', limit: 3000 } });
  });

  it('refuse a NUL character in a literal, naming the argument', async () => {
    const error = await errorOf('{ referrals(filter: { wardCodes: ["E05\\u0000"] }) { totalCount } }');
    expect(error.message).toMatch(/"filter"/);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the statement time limit', () => {
  it('turns a statement PostgreSQL cancelled into an error naming the limit', async () => {
    const orm = await openOrm(inject('databaseUrl'), apiOrmOptions(200));
    const server = createServer({ orm });
    try {
      vi.spyOn(ReferralRepository.prototype, 'page').mockImplementation(function (this: ReferralRepository) {
        const sql = (this as unknown as { sql: SqlClient }).sql;
        return sql.rows('select pg_sleep(2)') as never;
      });
      const response = await server.executeOperation(
        { query: '{ referrals { totalCount } }' },
        { contextValue: server.createContext(await viewerAs(orm, 'admin')) },
      );
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'STATEMENT_TIMEOUT' } });
      expect(errors?.[0]?.message).toMatch(/statement time limit/);
    } finally {
      await server.stop().catch(() => {});
      await orm.close(true);
    }
  });
});
