import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openTestApi, type TestApi } from '../testing/api.harness.js';
import { POPULATION } from '../testing/fixtures.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

describe('code lists', () => {
  it('list ethnic categories in NHS Data Dictionary order, keeping not stated and not known', async () => {
    const { ethnicCategories } = dataOf(await api.run<{ ethnicCategories: { code: string }[] }>('{ ethnicCategories { code } }'));
    expect(ethnicCategories.map((category) => category.code)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
      'J',
      'K',
      'L',
      'M',
      'N',
      'P',
      'R',
      'S',
      'Z',
      '99',
    ]);
  });

  it('list wards, sources, age bands and instruments', async () => {
    const data = dataOf(
      await api.run<Record<string, { code: string }[]>>(`{
      wards { code } referralSources { code } ageBands { code } instruments { code }
    }`),
    );
    expect(data.wards.map((w) => w.code)).toEqual(['BISC', 'DALL', 'SAIN', 'STOP']);
    expect(data.referralSources.map((s) => s.code)).toEqual(['GP', 'HOSPITAL', 'COMMUNITY', 'SOCIAL_CARE', 'SELF', 'OTHER']);
    expect(data.ageBands.at(-1)).toEqual({ code: '85+' });
    expect(data.instruments).toHaveLength(13);
  });

  it('find one ward and one instrument by code', async () => {
    const data = dataOf(
      await api.run('{ ward(code: "BISC") { name deprivationDecile } instrument(code: "swemwbs") { minScore maxScore itemCount itemMin itemMax } }'),
    );
    expect(data).toEqual({
      ward: { name: 'Biscot', deprivationDecile: 2 },
      instrument: { minScore: 7, maxScore: 35, itemCount: 7, itemMin: 1, itemMax: 5 },
    });
  });
});

type Cells = {
  populationCells: {
    totalCount: number;
    edges: { node: { year: number; sex: string; residents: number; ward: { code: string }; ethnicCategory: { code: string }; ageBand: { code: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const CELLS = `query C($first: Int, $after: String, $filter: PopulationFilter) {
  populationCells(first: $first, after: $after, filter: $filter) {
    totalCount edges { node { year sex residents ward { code } ethnicCategory { code } ageBand { code } } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('populationCells', () => {
  it('page through every cell on its composite key without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: Cells['populationCells'] = dataOf(await api.run<Cells>(CELLS, { first: 7, after })).populationCells;
      seen.push(...page.edges.map(({ node }) => `${node.ward.code}/${node.ethnicCategory.code}/${node.ageBand.code}/${node.sex}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(POPULATION.length);
    expect(new Set(seen).size).toBe(POPULATION.length);
  });

  it('filter cells and sum residents for one ward', async () => {
    const filter = { year: 2021, wardCodes: ['DALL'], sexes: ['FEMALE'] };
    const expected = POPULATION.filter((cell) => cell.ward_code === 'DALL' && cell.sex === 'female');
    const { populationCells } = dataOf(await api.run<Cells>(CELLS, { first: 100, filter }));
    expect(populationCells.totalCount).toBe(expected.length);
    const residents = populationCells.edges.reduce((sum, edge) => sum + edge.node.residents, 0);
    expect(residents).toBe(expected.reduce((sum, cell) => sum + cell.residents, 0));
  });
});
