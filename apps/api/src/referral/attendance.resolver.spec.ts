import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';
import { buildAttendance, FIXTURE_REFERRALS } from '../testing/fixtures.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

const SESSIONS = buildAttendance(FIXTURE_REFERRALS);
type Sessions = {
  attendance: {
    totalCount: number;
    edges: { node: { sessionOn: string; attended: boolean; referral: { id: string }; venue: { code: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};
const ATTENDANCE = `query A($first: Int, $after: String, $filter: AttendanceFilter) {
  attendance(first: $first, after: $after, filter: $filter) {
    totalCount edges { node { sessionOn attended referral { id } venue { code } } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('attendance', () => {
  it("pages by referral then session day, continuing inside one referral's sessions", async () => {
    const first = dataOf(await api.run<Sessions>(ATTENDANCE, { first: 6 })).attendance;
    const second = dataOf(await api.run<Sessions>(ATTENDANCE, { first: 500, after: first.pageInfo.endCursor })).attendance;
    const keys = [...first.edges, ...second.edges].map(({ node }) => `${node.referral.id}@${node.sessionOn}`);
    expect(first.totalCount).toBe(SESSIONS.length);
    expect(keys).toEqual(SESSIONS.map((session) => `${session.referral_id}@${session.session_on}`));
  });

  it('filters to missed sessions at one venue', async () => {
    const expected = SESSIONS.filter((session) => !session.attended && session.venue_id === 1);
    const { attendance } = dataOf(await api.run<Sessions>(ATTENDANCE, { first: 500, filter: { attended: false, venueIds: ['1'] } }));
    expect(attendance.totalCount).toBe(expected.length);
    expect(attendance.edges.every(({ node }) => !node.attended && node.venue.code === 'biscot-cc')).toBe(true);
  });
});
