import { openOrm } from '@hub/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';
import { apiOrmOptions } from '../server.js';
import { assertReadReplicaReady, readReplicaOptions } from './read.replica.js';

/**
 * No real replication: the "replica" is the seeded town, a database whose referrals differ from
 * the fixture in the primary, so each answer shows which database it came from.
 */
async function rowCount(url: string, table: 'referral' | 'referral_fact'): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

const TOTAL = '{ aggregate(measures: [REFERRALS]) { totals { value } } }';
const RECORDS = '{ referrals(first: 1) { totalCount } }';

describe('DATABASE_READ_URL', () => {
  let api: TestApi;
  /** Referrals as records (the primary), and as the referral rollup counts them in each database. */
  let primaryReferrals: number;
  let primaryRollup: number;
  let replicaRollup: number;
  beforeAll(async () => {
    api = await openTestApi({ ormOptions: apiOrmOptions(15_000, { DATABASE_READ_URL: inject('seededDatabaseUrl') }) });
    await assertReadReplicaReady(api.orm);
    const [primary, replica] = [inject('databaseUrl'), inject('seededDatabaseUrl')];
    [primaryReferrals, primaryRollup, replicaRollup] = await Promise.all([
      rowCount(primary, 'referral'),
      rowCount(primary, 'referral_fact'),
      rowCount(replica, 'referral_fact'),
    ]);
  });
  afterAll(() => api?.close());

  it('sends analytics to the replica', async () => {
    expect(replicaRollup).not.toBe(primaryRollup);
    const answer = dataOf(await api.run<{ aggregate: { totals: { value: number }[] } }>(TOTAL, {}, 'admin'));
    expect(answer.aggregate.totals).toEqual([{ value: replicaRollup }]);
  });

  it('keeps record reads on the primary', async () => {
    const answer = dataOf(await api.run<{ referrals: { totalCount: number } }>(RECORDS, {}, 'admin'));
    expect(primaryReferrals).not.toBe(replicaRollup);
    expect(answer.referrals.totalCount).toBe(primaryReferrals);
  });

  it('is left out when unset or blank: analytics read the primary', async () => {
    expect(readReplicaOptions({})).toEqual({});
    expect(readReplicaOptions({ DATABASE_READ_URL: '  ' })).toEqual({});
    const primaryOnly = await openTestApi({ ormOptions: apiOrmOptions(15_000, {}) });
    try {
      const answer = dataOf(await primaryOnly.run<{ aggregate: { totals: { value: number }[] } }>(TOTAL, {}, 'admin'));
      expect(answer.aggregate.totals).toEqual([{ value: primaryRollup }]);
    } finally {
      await primaryOnly.close();
    }
  });

  it('refuses a value that is not a PostgreSQL URL, naming the variable', () => {
    expect(() => readReplicaOptions({ DATABASE_READ_URL: 'replica:5432' })).toThrow(
      /^DATABASE_READ_URL must be a postgres:\/\/ URL .* not a replica:\/\/ one\.$/,
    );
    expect(() => readReplicaOptions({ DATABASE_READ_URL: 'not a url' })).toThrow(
      /^DATABASE_READ_URL must be a URL such as postgres:\/\/.*could not be read as one\.$/,
    );
    expect(() => readReplicaOptions({ DATABASE_READ_URL: 'mysql://reader@replica/hub' })).toThrow(/not a mysql:\/\/ one/);
  });

  it('stops the start when the replica cannot serve analytics, naming the variable and hiding the password', async () => {
    const missing = new URL(inject('databaseUrl'));
    missing.pathname = '/no_such_replica';
    missing.password = 'secret-password';
    const orm = await openOrm(inject('databaseUrl'), apiOrmOptions(15_000, { DATABASE_READ_URL: missing.toString() }));
    try {
      const refusal = assertReadReplicaReady(orm);
      await expect(refusal).rejects.toThrow(/^DATABASE_READ_URL \(postgres:\/\/.*:\*\*\*@.*\/no_such_replica\) cannot serve analytics: /);
      await expect(refusal).rejects.not.toThrow(/secret-password/);
    } finally {
      await orm.close(true);
    }
  });
});
