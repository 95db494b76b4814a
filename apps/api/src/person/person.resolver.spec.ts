import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';
import { FIXTURE_PEOPLE, FIXTURE_REFERRALS } from '../testing/fixtures.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

type People = { people: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
const PEOPLE = `query P($first: Int, $after: String, $filter: PersonFilter) {
  people(first: $first, after: $after, filter: $filter) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;

describe('people', () => {
  it('page through everyone in id order', async () => {
    const first = dataOf(await api.run<People>(PEOPLE, { first: 25 })).people;
    const second = dataOf(await api.run<People>(PEOPLE, { first: 50, after: first.pageInfo.endCursor })).people;
    expect(first.totalCount).toBe(60);
    expect([...first.edges, ...second.edges].map((edge) => edge.node.id)).toEqual(FIXTURE_PEOPLE.map((p) => String(p.id)));
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('filter by ward, condition and year of birth', async () => {
    const filter = { wardCodes: ['DALL', 'SAIN'], conditions: ['DIABETES', 'STROKE'], bornFrom: 1950, bornTo: 1989 };
    const expected = FIXTURE_PEOPLE.filter(
      (p) =>
        ['DALL', 'SAIN'].includes(p.ward_code ?? '') &&
        p.conditions.some((c) => ['diabetes', 'stroke'].includes(c)) &&
        p.birth_year >= 1950 &&
        p.birth_year <= 1989,
    );
    const { people } = dataOf(await api.run<People>(PEOPLE, { first: 100, filter }));
    expect(expected.length).toBeGreaterThan(0);
    expect(people.edges.map((edge) => edge.node.id)).toEqual(expected.map((p) => String(p.id)));
    expect(people.totalCount).toBe(expected.length);
  });
});

describe('person', () => {
  it('returns the recorded facts and no name or address', async () => {
    const fixture = FIXTURE_PEOPLE[11];
    const data = dataOf(
      await api.run<{ person: Record<string, unknown> }>(`{ person(id: "${fixture.id}") {
      pseudonym birthYear sex lsoaCode deprivationDecile conditions ethnicCategory { code broadGroup } ward { code } referrals { id }
    } }`),
    );
    expect(data.person).toEqual({
      pseudonym: fixture.pseudonym,
      birthYear: fixture.birth_year,
      sex: fixture.sex.toUpperCase(),
      lsoaCode: fixture.lsoa_code,
      deprivationDecile: fixture.deprivation_decile,
      conditions: fixture.conditions.map((c) => c.toUpperCase()),
      ethnicCategory: { code: 'Z', broadGroup: 'Not stated' },
      ward: { code: fixture.ward_code },
      referrals: FIXTURE_REFERRALS.filter((r) => r.person_id === fixture.id).map((r) => ({ id: String(r.id) })),
    });
  });

  it("has no ward when the person's ward is not known", async () => {
    const unknownWard = FIXTURE_PEOPLE.find((p) => p.ward_code === null)!;
    expect(dataOf(await api.run(`{ person(id: "${unknownWard.id}") { ward { code } } }`))).toEqual({ person: { ward: null } });
  });
});
