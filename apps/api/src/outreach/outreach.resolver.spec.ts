import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';
import { FIXTURE_REFERRALS } from '../testing/fixtures.js';
import { published } from '../testing/seeded.harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

const referralsFrom = (eventId: number) => FIXTURE_REFERRALS.filter((r) => r.outreach_event_id === eventId).length;

describe('outreachEvents', () => {
  it('list events with the referrals attributed to each, disclosure-controlled (1–7 withheld) for an analyst', async () => {
    const data = dataOf(await api.run('{ outreachEvents { totalCount edges { node { id kind ward { name } attendance referralCount } } } }', {}, 'analyst'));
    expect(data).toEqual({
      outreachEvents: {
        totalCount: 3,
        edges: [
          { node: { id: '1', kind: 'FAITH_TALK', ward: { name: 'Biscot' }, attendance: 60, referralCount: published(referralsFrom(1)) } },
          { node: { id: '2', kind: 'FESTIVAL', ward: { name: 'Dallow' }, attendance: 240, referralCount: published(referralsFrom(2)) } },
          { node: { id: '3', kind: 'HEALTH_FAIR', ward: null, attendance: 90, referralCount: published(referralsFrom(3)) } },
        ],
      },
    });
    expect(referralsFrom(1)).toBeGreaterThan(0);
  });

  it('say why a referral count is withheld, and give the exact count to a role that sees records', async () => {
    const query = '{ outreachEvent(id: "1") { referralCount referralCountReason } }';
    const count = referralsFrom(1);
    expect(count).toBeLessThanOrEqual(7);
    expect(dataOf(await api.run(query, {}, 'analyst'))).toEqual({ outreachEvent: { referralCount: null, referralCountReason: 'suppressed: fewer than 8' } });
    expect(dataOf(await api.run(query, {}, 'admin'))).toEqual({ outreachEvent: { referralCount: count, referralCountReason: null } });
  });

  it('filter by kind and date, and find one event from a referral', async () => {
    const data = dataOf(
      await api.run(`{
      outreachEvents(filter: { kinds: [FESTIVAL, HEALTH_FAIR], heldFrom: "2019-06-01", heldTo: "2019-12-31" }) { edges { node { title } } }
      referral(id: "10") { outreachEvent { id } }
    }`),
    );
    expect(data).toEqual({
      outreachEvents: { edges: [{ node: { title: 'Dallow summer festival' } }] },
      referral: { outreachEvent: { id: String(FIXTURE_REFERRALS[9].outreach_event_id) } },
    });
  });
});
