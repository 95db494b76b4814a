import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { refreshRollups, refreshRollupsBehind } from './rollup.refresh.js';
import { rollupFiles } from './testing/rollup.digest.js';

describe('refreshRollups', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it('refreshes every materialised view the migrations create, each after the views it is built from', async () => {
    const views = await refreshRollups(client);
    expect([...views].sort()).toEqual(['kpi_month', 'kpi_wait', 'outcome_month', 'outcome_pair', 'outcome_value_month', 'referral_fact', 'referral_month']);
    const before = (first: string, second: string) => views.indexOf(first) < views.indexOf(second);
    expect(before('referral_fact', 'outcome_pair')).toBe(true);
    expect(before('outcome_pair', 'outcome_month')).toBe(true);
    expect(before('outcome_pair', 'outcome_value_month')).toBe(true);
  });

  it('can refresh concurrently, so readers are not blocked during an import', async () => {
    await refreshRollups(client); // a concurrent refresh needs a populated view to start from
    await expect(refreshRollups(client, { concurrently: true })).resolves.toHaveLength(7);
  });

  it('records when it finished, so the dashboard can say how fresh the figures are', async () => {
    const started = await client.query<{ now: Date }>('select clock_timestamp() as now');
    await refreshRollups(client);
    const { rows } = await client.query<{ changed_at: Date; count: string }>(
      `select changed_at, (select count(*) from hub_setting where key = 'rollups_refreshed') as count from hub_setting where key = 'rollups_refreshed'`,
    );
    expect(rows[0]!.count).toBe('1');
    expect(rows[0]!.changed_at.getTime()).toBeGreaterThanOrEqual(started.rows[0]!.now.getTime());
  });

  describe('refreshRollupsBehind', () => {
    const pending = async () => (await client.query<{ n: number }>(`select count(*)::int as n from rollup_pending`)).rows[0]!.n;

    it('does nothing when no write is noted since the last refresh', async () => {
      await refreshRollups(client);
      expect(await pending()).toBe(0);
      const files = await rollupFiles(client);
      await expect(refreshRollupsBehind(client)).resolves.toEqual({ changedTables: [], views: [] });
      expect(await rollupFiles(client)).toEqual(files);
    });

    it('rebuilds what reads a written table, directly or through another rollup, and forgets the note', async () => {
      await refreshRollups(client);
      // A statement-level trigger notes a write even when it changes no row.
      await client.query(`update outcome_measurement set score = score where false`);
      expect(await pending()).toBe(1);
      const files = await rollupFiles(client);
      const caughtUp = await refreshRollupsBehind(client);
      // outcome_pair reads outcome_measurement; outcome_month, outcome_value_month and kpi_month read outcome_pair.
      expect(caughtUp).toEqual({ changedTables: ['outcome_measurement'], views: ['outcome_pair', 'outcome_month', 'outcome_value_month', 'kpi_month'] });
      const after = await rollupFiles(client);
      expect(after.referral_fact).toBe(files.referral_fact);
      expect(after.outcome_pair).not.toBe(files.outcome_pair);
      expect(await pending()).toBe(0);
    });

    it('leaves alone a rollup the caller vouches for, and what reads only it', async () => {
      await refreshRollups(client);
      await client.query(`update person set sex = sex where false`);
      const caughtUp = await refreshRollupsBehind(client, { unchanged: ['outcome_pair'] });
      expect(caughtUp).toEqual({ changedTables: ['person'], views: ['referral_fact', 'referral_month', 'kpi_wait', 'kpi_month'] });
    });

    it('rebuilds everything for a note of no table a rollup reads, such as the one left by the migration', async () => {
      await client.query(`insert into rollup_pending (table_name) values ('migration')`);
      const caughtUp = await refreshRollupsBehind(client);
      expect(caughtUp.changedTables).toEqual(['migration']);
      expect([...caughtUp.views].sort()).toEqual([
        'kpi_month',
        'kpi_wait',
        'outcome_month',
        'outcome_pair',
        'outcome_value_month',
        'referral_fact',
        'referral_month',
      ]);
    });

    it('keeps the note of a write committed while a refresh runs, so the next check still sees it', async () => {
      await refreshRollups(client);
      await client.query(`update person set sex = sex where false`);
      const writer = new pg.Client({ connectionString: inject('databaseUrl') });
      await writer.connect();
      try {
        await writer.query('begin');
        await writer.query(`update referral set status = status where false`);
        // The write commits just after the refresh has read the notes, before it rebuilds anything.
        let committed = false;
        const racing = {
          query: async (sql: string) => {
            const result = await client.query(sql);
            if (!committed) {
              committed = true;
              await writer.query('commit');
            }
            return result;
          },
        };
        await expect(refreshRollupsBehind(racing)).resolves.toMatchObject({ changedTables: ['person'] });
        expect(await pending()).toBe(1);
        await expect(refreshRollupsBehind(client)).resolves.toMatchObject({ changedTables: ['referral'] });
        expect(await pending()).toBe(0);
      } finally {
        await writer.end();
      }
    });
  });
});
