import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { refreshRollups } from './rollup.refresh.js';

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
});
