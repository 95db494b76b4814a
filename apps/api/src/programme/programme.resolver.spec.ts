import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

describe('programmes', () => {
  it('list every programme by name with its service and venues', async () => {
    const data = dataOf(
      await api.run(`{ programmes {
      id code name durationWeeks feePence openedOn closedOn service { id code name } venues { code ward { name } }
    } }`),
    );
    expect(data).toEqual({
      programmes: [
        {
          id: '1',
          code: 'ltc-exercise',
          name: 'LTC exercise rehab',
          durationWeeks: 12,
          feePence: 0,
          openedOn: '2018-04-01',
          closedOn: null,
          service: { id: '1', code: 'ltc-rehab', name: 'Long-term conditions rehab' },
          venues: [{ code: 'lea-manor-lc', ward: { name: 'Saints' } }],
        },
        {
          id: '2',
          code: 'strength-balance',
          name: 'Strength and balance',
          durationWeeks: 8,
          feePence: 0,
          openedOn: '2018-04-01',
          closedOn: null,
          service: { id: '2', code: 'falls-prevention', name: 'Falls prevention' },
          venues: [{ code: 'biscot-cc', ward: { name: 'Biscot' } }],
        },
        {
          id: '3',
          code: 'tai-chi',
          name: 'Tai Chi',
          durationWeeks: 10,
          feePence: 250,
          openedOn: '2018-04-01',
          closedOn: null,
          service: { id: '3', code: 'wellbeing-support', name: 'Wellbeing support' },
          venues: [
            { code: 'biscot-cc', ward: { name: 'Biscot' } },
            { code: 'lea-manor-lc', ward: { name: 'Saints' } },
          ],
        },
      ],
    });
  });

  it('narrow to the programmes of some services, and to open ones', async () => {
    const data = dataOf(await api.run('{ a: programmes(filter: { serviceIds: ["2", "3"] }) { code } b: programmes(filter: { open: false }) { code } }'));
    expect(data).toEqual({ a: [{ code: 'strength-balance' }, { code: 'tai-chi' }], b: [] });
  });
});

describe('services and venues', () => {
  it('find a service with its provider and programmes', async () => {
    const data = dataOf(await api.run('{ service(id: "3") { code provider { code } programmes { code } } services { code } }'));
    expect(data).toEqual({
      service: { code: 'wellbeing-support', provider: { code: 'wellbeing-partnership' }, programmes: [{ code: 'tai-chi' }] },
      services: [{ code: 'falls-prevention' }, { code: 'ltc-rehab' }, { code: 'wellbeing-support' }],
    });
  });

  it('list venues in a ward, with the programmes held there', async () => {
    const data = dataOf(await api.run('{ venues(filter: { wardCodes: ["BISC"] }) { code kind programmes { code } } venue(id: "2") { name } }'));
    expect(data).toEqual({
      venues: [{ code: 'biscot-cc', kind: 'COMMUNITY_CENTRE', programmes: [{ code: 'strength-balance' }, { code: 'tai-chi' }] }],
      venue: { name: 'Lea Manor Leisure Centre' },
    });
  });
});
