import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../testing/api.harness.js';
import { openSeededApi, published, type SeededApi } from '../testing/seeded.harness.js';

interface Events {
  outreachEvents: { edges: { node: { id: string; referralCount: number | null; referralCountReason: string | null } }[] };
}
const EVENTS = '{ outreachEvents(first: 500) { edges { node { id referralCount referralCountReason } } } }';

describe('outreach referral counts on the seeded town', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await openSeededApi();
  });
  afterAll(() => api.close());

  it('never show an analyst a count of 1–7 or an unrounded count (docs/methods.md)', async () => {
    const exact = new Map(
      (
        await api.sql<{ id: string; referrals: number }>(
          `select e.id::text as id, count(r.id)::int as referrals from outreach_event e left join referral r on r.outreach_event_id = e.id group by e.id`,
        )
      ).map((row) => [row.id, row.referrals]),
    );
    const { edges } = dataOf(await api.run<Events>(EVENTS)).outreachEvents;
    expect(edges.length).toBe(exact.size);
    expect([...exact.values()].filter((count) => count >= 1 && count <= 7).length).toBeGreaterThan(0);
    for (const { node } of edges) {
      expect(node.referralCount, node.id).toBe(published(exact.get(node.id) ?? 0));
      expect(node.referralCountReason !== null, node.id).toBe(node.referralCount === null);
    }
  });
});
