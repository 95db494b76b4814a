import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/accounts.js';
import { ask, e2eDatabase, expectRefused, idsOf } from '../support/access.checks.js';

/**
 * Every analytics read that takes a filter is narrowed to the caller's scope
 * (docs/methods.md, "Access and audit"): asked about a programme outside it, each is refused;
 * asked about nothing in particular, each counts the caller's own programmes only.
 */
const sql = e2eDatabase();

/** Each filtered read, asked about the programme ids in `$ids`; filters are written inline so no input type name is needed. */
const FILTERED_READS: Record<string, (ids: string) => string> = {
  aggregate: (ids) => `{ aggregate(measures: [REFERRALS], filter: { programmeIds: ${ids} }) { totals { value } } }`,
  aggregateSpc: (ids) => `{ aggregateSpc(measure: REFERRALS, filter: { programmeIds: ${ids} }) { points { value } } }`,
  serviceSpc: (ids) => `{ serviceSpc(series: MONTHLY_REFERRALS, filter: { programmeIds: ${ids} }) { points { value } } }`,
  outcomeSummary: (ids) => `{ outcomeSummary(filter: { programmeIds: ${ids} }) { headlines { key } } }`,
  uptake: (ids) => `{ uptake(dimension: WARD, filter: { programmeIds: ${ids} }) { totalReferrals } }`,
  referralFunnel: (ids) => `{ referralFunnel(filter: { programmeIds: ${ids} }) { stages { referrals } } }`,
};

describe('a service manager scoped to one service, on every filtered analytics read', () => {
  const manager = () => tokenFor({ role: 'service_manager', name: 'scope check: healthy lifestyles', scopes: [{ kind: 'service', refId: serviceId }] });
  let serviceId = 0;
  let own: string[] = [];
  let outside = '';

  beforeAll(async () => {
    serviceId = (await sql.query(`select id from service where code = 'healthy-lifestyles'`)).rows[0].id;
    own = idsOf((await sql.query(`select id from programme where service_id = $1`, [serviceId])).rows);
    outside = String((await sql.query(`select id from programme where service_id <> $1 order by id limit 1`, [serviceId])).rows[0].id);
  });

  it.each(Object.keys(FILTERED_READS))('is refused %s asked about a programme outside the scope', async (name) => {
    expectRefused(await ask(FILTERED_READS[name](JSON.stringify([outside])), {}, await manager()), 'FORBIDDEN', /within your scope/);
  });

  it.each(Object.keys(FILTERED_READS))('is answered %s asked about its own programme', async (name) => {
    const answer = await ask(FILTERED_READS[name](JSON.stringify([own[0]])), {}, await manager());
    expect(answer.errors).toBeUndefined();
    expect(answer.data).not.toBeNull();
  });

  // A manager reads its own service's counts exactly (they could count its records), so each month equals SQL.
  it('charts referrals of its own programmes only when it names none', async () => {
    const answer = await ask<{ aggregateSpc: { points: { period: string; value: number | null }[] } }>(
      '{ aggregateSpc(measure: REFERRALS) { points { period value } } }',
      {},
      await manager(),
    );
    expect(answer.errors).toBeUndefined();
    const { rows } = await sql.query<{ month: string; count: number }>(
      `select to_char(date_trunc('month', received_on), 'YYYY-MM-DD') as month, count(*)::int as count
         from referral where programme_id = any($1::int[]) group by 1`,
      [own],
    );
    const exact = new Map(rows.map((row) => [row.month, row.count]));
    const points = answer.data!.aggregateSpc.points;
    expect(points.length).toBeGreaterThan(12);
    for (const point of points) expect(point.value, point.period).toBe(exact.get(point.period) ?? 0);
    expect(points.reduce((sum, point) => sum + (point.value ?? 0), 0)).toBe(rows.reduce((sum, row) => sum + row.count, 0));
  });
});
