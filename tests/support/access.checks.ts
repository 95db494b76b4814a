import { afterAll, beforeAll, expect, inject } from 'vitest';
import pg from 'pg';
import { errorCodes, postGraphQL, type GraphQLResponse, type RequestOptions } from './graphql.client.js';

/** One operation against the e2e hub, anonymous without a token. */
export function ask<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
  options: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  return postGraphQL<T>(inject('apiUrl'), query, variables, { ...options, token });
}

/** The answer was refused with `code` alone: no data leaked beside the error. */
export function expectRefused(answer: GraphQLResponse<unknown>, code: 'UNAUTHENTICATED' | 'FORBIDDEN', message?: RegExp): void {
  expect(errorCodes(answer)).toEqual([code]);
  expect(answer.data ?? null).toBeNull();
  if (message) expect(answer.errors![0].message).toMatch(message);
}

/** A figure as disclosure control publishes it: withheld (null) or a multiple of 5. */
export function isControlled(count: number | null): boolean {
  return count === null || count % 5 === 0;
}

/** A connection to the e2e database, opened before and closed after the file's tests. */
export function e2eDatabase(): pg.Client {
  const sql = new pg.Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => sql.connect());
  afterAll(() => sql.end());
  return sql;
}

/** Ids as the API returns them (strings), sorted, from numeric SQL rows. */
export function idsOf(rows: readonly { id: number | string }[]): string[] {
  return rows.map((row) => String(row.id)).sort((a, b) => Number(a) - Number(b));
}
