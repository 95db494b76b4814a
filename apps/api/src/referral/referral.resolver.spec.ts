import { ageBand } from '@hub/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';
import { FIXTURE_PEOPLE, FIXTURE_REFERRALS, type ReferralFixture } from '../testing/fixtures.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

interface ReferralPage {
  referrals: {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query Page($first: Int, $after: String, $filter: ReferralFilter) {
  referrals(first: $first, after: $after, filter: $filter) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
  }
}`;

const wardOf = (referral: ReferralFixture) => FIXTURE_PEOPLE[referral.person_id - 1].ward_code;
const idsOf = (referrals: ReferralFixture[]) => referrals.map((referral) => String(referral.id));

describe('referrals', () => {
  it('returns 20 referrals in id order by default, with the total', async () => {
    const { referrals } = dataOf(await api.run<ReferralPage>(PAGE));
    expect(referrals.totalCount).toBe(150);
    expect(referrals.edges.map((edge) => edge.node.id)).toEqual(idsOf(FIXTURE_REFERRALS.slice(0, 20)));
    expect(referrals.pageInfo).toEqual({ hasNextPage: true, endCursor: referrals.edges[19].cursor });
  });

  it('walks every referral exactly once by following endCursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const { referrals }: ReferralPage = dataOf(await api.run<ReferralPage>(PAGE, { first: 70, after }));
      seen.push(...referrals.edges.map((edge) => edge.node.id));
      if (!referrals.pageInfo.hasNextPage) break;
      after = referrals.pageInfo.endCursor;
    }
    expect(seen).toEqual(idsOf(FIXTURE_REFERRALS));
  });

  it('returns an empty last page with no end cursor after the final referral', async () => {
    const last = dataOf(await api.run<ReferralPage>(PAGE, { first: 150 })).referrals.pageInfo;
    expect(last.hasNextPage).toBe(false);
    const { referrals } = dataOf(await api.run<ReferralPage>(PAGE, { after: last.endCursor }));
    expect(referrals.edges).toEqual([]);
    expect(referrals.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('filters GP referrals from Biscot received in 2019/20, dates inclusive', async () => {
    const filter = { sourceCodes: ['GP'], wardCodes: ['BISC'], periodFrom: '2019-04-01', periodTo: '2020-03-31' };
    const expected = FIXTURE_REFERRALS.filter(
      (r) => r.source_code === 'gp' && wardOf(r) === 'BISC' && r.received_on >= '2019-04-01' && r.received_on <= '2020-03-31',
    );
    const { referrals } = dataOf(await api.run<ReferralPage>(PAGE, { first: 500, filter }));
    expect(expected.length).toBeGreaterThan(0);
    expect(referrals.edges.map((edge) => edge.node.id)).toEqual(idsOf(expected));
    expect(referrals.totalCount).toBe(expected.length);
  });

  it('includes a referral received on the last day of the range', async () => {
    const last = FIXTURE_REFERRALS[40];
    const filter = { periodFrom: last.received_on, periodTo: last.received_on };
    const { referrals } = dataOf(await api.run<ReferralPage>(PAGE, { filter }));
    expect(referrals.edges.map((edge) => edge.node.id)).toEqual([String(last.id)]);
  });

  it('filters by status, service and ethnic category together', async () => {
    const filter = { statuses: ['COMPLETED', 'DROPPED_OUT'], serviceIds: ['1', '3'], ethnicCodes: ['J', 'Z'] };
    const expected = FIXTURE_REFERRALS.filter(
      (r) =>
        ['completed', 'dropped_out'].includes(r.status) && [1, 3].includes(r.programme_id) && ['J', 'Z'].includes(FIXTURE_PEOPLE[r.person_id - 1].ethnic_code),
    );
    const { referrals } = dataOf(await api.run<ReferralPage>(PAGE, { first: 500, filter }));
    expect(expected.length).toBeGreaterThan(0);
    expect(referrals.edges.map((edge) => edge.node.id)).toEqual(idsOf(expected));
  });
});

describe('referrals by the one filter', () => {
  const personOf = (referral: ReferralFixture) => FIXTURE_PEOPLE[referral.person_id - 1];
  // Age at referral as referral_fact takes it: the received year less the birth year.
  const ageBandOf = (referral: ReferralFixture) => ageBand(Number(referral.received_on.slice(0, 4)) - personOf(referral).birth_year);

  it('honours financial year, age band, sex, deprivation and ethnic group, as the analytics do', async () => {
    const filter = { financialYear: '2019/20', ageBands: ['45-54', '55-64', '65-74'], sexes: ['FEMALE', 'MALE'], deprivationDeciles: [1, 2, 3, 4, 5, 6] };
    const expected = FIXTURE_REFERRALS.filter(
      (r) =>
        r.received_on >= '2019-04-01' &&
        r.received_on <= '2020-03-31' &&
        ['45-54', '55-64', '65-74'].includes(ageBandOf(r)) &&
        ['female', 'male'].includes(personOf(r).sex) &&
        personOf(r).deprivation_decile <= 6,
    );
    const { referrals } = dataOf(await api.run<ReferralPage>(PAGE, { first: 500, filter }));
    expect(expected.length).toBeGreaterThan(0);
    expect(referrals.edges.map((edge) => edge.node.id)).toEqual(idsOf(expected));
    expect(referrals.totalCount).toBe(expected.length);
  });

  it('keeps the broad ethnic group: Asian is Indian, Pakistani, Bangladeshi and other Asian (H, J, K, L)', async () => {
    const expected = FIXTURE_REFERRALS.filter((r) => ['H', 'J', 'K', 'L'].includes(personOf(r).ethnic_code));
    const { referrals } = dataOf(await api.run<ReferralPage>(PAGE, { first: 500, filter: { ethnicGroups: ['Asian'] } }));
    expect(expected.length).toBeGreaterThan(0);
    expect(referrals.totalCount).toBe(expected.length);
  });

  it.each([
    [{ financialYear: '2019-20' }, 'filter.financialYear', /must look like '2019\/20', got '2019-20'/],
    [{ ageBands: ['65-70'] }, 'filter.ageBands[0]', /'65-70'/],
    [{ ethnicGroups: ['White', 'Purple'] }, 'filter.ethnicGroups[1]', /'Purple'/],
    [{ deprivationDeciles: [0] }, 'filter.deprivationDeciles[0]', /0/],
  ])('names the field at fault in %j', async (filter, argumentName, reason) => {
    const { errors } = await api.run(PAGE, { filter });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName } });
    expect(errors?.[0].message).toMatch(reason);
  });
});

describe('referral', () => {
  it('returns one referral with its path, wait, person and outcomes', async () => {
    const completed = FIXTURE_REFERRALS.find((r) => r.status === 'completed')!;
    const query = `query One($id: ID!) { referral(id: $id) {
      id status receivedOn startedOn endedOn waitDays source { code name }
      statusHistory { status occurredOn } person { id ward { code } } programme { code service { code } }
      outcomes { timepoint score instrument { code } } attendance { sessionOn attended venue { code } }
    } }`;
    const { referral } = dataOf(await api.run<{ referral: Record<string, unknown> }>(query, { id: String(completed.id) }));
    expect(referral).toMatchObject({
      id: String(completed.id),
      status: 'COMPLETED',
      receivedOn: completed.received_on,
      waitDays: 14,
      statusHistory: [
        { status: 'RECEIVED', occurredOn: completed.received_on },
        { status: 'ASSESSED', occurredOn: completed.assessed_on },
        { status: 'STARTED', occurredOn: completed.started_on },
        { status: 'COMPLETED', occurredOn: completed.ended_on },
      ],
      person: { id: String(completed.person_id) },
    });
    expect(referral.outcomes).toEqual([
      { timepoint: 'BASELINE', score: 4, instrument: { code: 'gp_ae_visits' } },
      { timepoint: 'END', score: 1, instrument: { code: 'gp_ae_visits' } },
      { timepoint: 'BASELINE', score: 17, instrument: { code: 'swemwbs' } },
      { timepoint: 'END', score: 24, instrument: { code: 'swemwbs' } },
    ]);
    expect(referral.attendance).toHaveLength(4);
  });

  it('has no wait until the person starts', async () => {
    const received = FIXTURE_REFERRALS.find((r) => r.status === 'received')!;
    const { referral } = dataOf(
      await api.run<{ referral: { waitDays: number | null; statusHistory: unknown[] } }>(
        `{ referral(id: "${received.id}") { waitDays statusHistory { status } } }`,
      ),
    );
    expect(referral).toEqual({ waitDays: null, statusHistory: [{ status: 'RECEIVED' }] });
  });

  it('is null for an id no referral has', async () => {
    expect(dataOf(await api.run('{ referral(id: "999999") { id } }'))).toEqual({ referral: null });
  });
});
