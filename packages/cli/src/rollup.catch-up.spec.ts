import pg from 'pg';
import { refreshRollups } from '@hub/db';
import { rollupDigests, rollupRowsWrittenSince, writeMark } from '@hub/db/testing';
import { seedDatabase } from '@hub/seed';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catchUpRollups } from './rollup.catch-up.js';

describe('the start catching the rollups up with the data', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  const count = async (sql: string): Promise<number> => (await client.query(sql)).rows[0].n;

  beforeAll(async () => {
    // The seed refreshes the rollups itself, so they start up to date.
    await seedDatabase(inject('databaseUrl'), { referrals: 200, seed: 5, pseudonymKey: 'catch-up-spec-key-0123456789abcdef', replace: true });
    await client.connect();
  });
  afterAll(() => client.end());

  it('leaves an up-to-date database alone and says nothing', async () => {
    const mark = await writeMark(client);
    const lines: string[] = [];
    await expect(catchUpRollups(inject('databaseUrl'), (line) => lines.push(line))).resolves.toMatchObject({ mode: 'none', views: [] });
    expect(lines).toEqual([]);
    expect(Object.values(await rollupRowsWrittenSince(client, mark)).every((rows) => rows === 0)).toBe(true);
  });

  it('rebuilds rollups left behind by referrals committed without a refresh, says so, and then matches a full rebuild', async () => {
    // As a seed killed between its commit and its refresh leaves it: two referrals the lists show and the charts do not.
    const referrals = await count(`select count(*)::int as n from referral`);
    await client.query(`insert into referral (person_id, programme_id, source_code, received_on, status)
      select person_id, programme_id, source_code, received_on, 'received' from referral order by id limit 2`);
    expect(await count(`select count(*)::int as n from referral_fact`)).toBe(referrals);
    const lines: string[] = [];
    const caughtUp = await catchUpRollups(inject('databaseUrl'), (line) => lines.push(line));
    expect(caughtUp).toMatchObject({ mode: 'changed', changedTables: ['referral'], referrals: 2 });
    expect(lines).toEqual([
      expect.stringMatching(/^The reporting rollups were behind the data \(writes to referral\): took in 2 referrals and their months in \d+\.\d s$/),
    ]);
    expect(await count(`select count(*)::int as n from referral_fact`)).toBe(referrals + 2);
    const caughtUpFigures = await rollupDigests(client);
    await refreshRollups(client);
    expect(await rollupDigests(client)).toEqual(caughtUpFigures);
    // Caught up, the next start has nothing to do.
    await expect(catchUpRollups(inject('databaseUrl'), () => {})).resolves.toMatchObject({ mode: 'none' });
  });
});
