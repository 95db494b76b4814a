import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

describe('contracts', () => {
  it('return the commissioner, the providers in partnership and the KPI schedule', async () => {
    const data = dataOf(
      await api.run(`{ contracts {
      code startsOn endsOn extensionEndsOn commissioner { code kind } providers { code }
      kpis { code metric unit direction period tolerance targets { periodStart target } reportedValues { periodStart value } }
    } }`),
    );
    expect(data).toEqual({
      contracts: [
        {
          code: 'integrated-wellbeing-2018',
          startsOn: '2018-04-01',
          endsOn: '2023-03-31',
          extensionEndsOn: '2025-03-31',
          commissioner: { code: 'luton-council-ph', kind: 'COMMISSIONER' },
          providers: [{ code: 'active-luton' }, { code: 'wellbeing-partnership' }],
          kpis: [
            {
              code: 'referrals-quarter',
              metric: 'REFERRALS',
              unit: 'COUNT',
              direction: 'HIGHER',
              period: 'QUARTER',
              tolerance: 5,
              targets: [
                { periodStart: '2019-04-01', target: 20 },
                { periodStart: '2019-07-01', target: 22 },
              ],
              reportedValues: [],
            },
            {
              code: 'satisfaction',
              metric: 'REPORTED',
              unit: 'PERCENT',
              direction: 'HIGHER',
              period: 'QUARTER',
              tolerance: 2.5,
              targets: [],
              reportedValues: [
                { periodStart: '2019-04-01', value: 92.5 },
                { periodStart: '2019-07-01', value: 94 },
              ],
            },
          ],
        },
      ],
    });
  });

  it('find one KPI and the contract it belongs to', async () => {
    const data = dataOf(await api.run('{ kpi(id: "2") { name contract { code } } contract(id: "404") { code } }'));
    expect(data).toEqual({ kpi: { name: 'Participant satisfaction', contract: { code: 'integrated-wellbeing-2018' } }, contract: null });
  });
});

describe('organisations', () => {
  it('list providers only, with the services each runs', async () => {
    const data = dataOf(await api.run('{ organisations(kind: PROVIDER) { code services { code } } }'));
    expect(data).toEqual({
      organisations: [
        { code: 'active-luton', services: [{ code: 'falls-prevention' }, { code: 'ltc-rehab' }] },
        { code: 'wellbeing-partnership', services: [{ code: 'wellbeing-support' }] },
      ],
    });
  });

  it('find one organisation by id', async () => {
    expect(dataOf(await api.run('{ organisation(id: "1") { name kind services { code } } }'))).toEqual({
      organisation: { name: 'Luton Council Public Health', kind: 'COMMISSIONER', services: [] },
    });
  });
});
