import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';
import { FIXTURE_OUTCOMES, FIXTURE_REFERRALS, SWEMWBS_END_ITEMS } from '../testing/fixtures.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

type Outcomes = {
  outcomeMeasurements: {
    totalCount: number;
    edges: { node: { id: string; timepoint: string; score: number; items: number[] | null; referral: { id: string; status: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};
const OUTCOMES = `query O($first: Int, $after: String, $filter: OutcomeFilter) {
  outcomeMeasurements(first: $first, after: $after, filter: $filter) {
    totalCount edges { node { id timepoint score items referral { id status } } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('outcomeMeasurements', () => {
  it("return end-of-programme SWEMWBS scores of one programme's completers", async () => {
    const filter = { programmeIds: ['1'], instrumentCodes: ['swemwbs'], timepoints: ['END'], referralStatuses: ['COMPLETED'] };
    const completers = new Set(FIXTURE_REFERRALS.filter((r) => r.programme_id === 1 && r.status === 'completed').map((r) => r.id));
    const expected = FIXTURE_OUTCOMES.filter((o) => completers.has(o.referral_id) && o.instrument_code === 'swemwbs' && o.timepoint === 'end');
    const { outcomeMeasurements } = dataOf(await api.run<Outcomes>(OUTCOMES, { first: 100, filter }));
    expect(expected.length).toBeGreaterThan(0);
    expect(outcomeMeasurements.totalCount).toBe(expected.length);
    expect(outcomeMeasurements.edges.map((edge) => edge.node)).toEqual(
      expected.map((o) => ({
        id: String(o.id),
        timepoint: 'END',
        score: 24,
        items: SWEMWBS_END_ITEMS,
        referral: { id: String(o.referral_id), status: 'COMPLETED' },
      })),
    );
  });

  it('page through every measurement by id', async () => {
    const first = dataOf(await api.run<Outcomes>(OUTCOMES, { first: 30 })).outcomeMeasurements;
    const rest = dataOf(await api.run<Outcomes>(OUTCOMES, { first: 500, after: first.pageInfo.endCursor })).outcomeMeasurements;
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.id)).toEqual(FIXTURE_OUTCOMES.map((o) => String(o.id)));
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('find one measurement with its instrument', async () => {
    const data = dataOf(await api.run('{ outcomeMeasurement(id: "2") { score items instrument { code higherIsBetter itemCount } } }'));
    expect(data).toEqual({ outcomeMeasurement: { score: 4, items: null, instrument: { code: 'gp_ae_visits', higherIsBetter: false, itemCount: null } } });
  });
});
