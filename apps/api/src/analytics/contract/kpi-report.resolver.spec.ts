import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../testing/api.harness.js';
import { openSeededApi, published, type SeededApi } from '../../testing/seeded.harness.js';

const KPIS = `query($contractCode: String!) { contractKpis(contractCode: $contractCode) {
  kpi { code name metric direction }
  quarters { periodStart label actual target rag reason numerator denominator suppressed }
  spc { kind direction target variation assurance reason points { period label value mean } }
} }`;

interface Quarter {
  periodStart: string;
  label: string;
  actual: number | null;
  target: number | null;
  rag: string | null;
  reason: string | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}
interface Report {
  kpi: { code: string; name: string; metric: string; direction: string };
  quarters: Quarter[];
  spc: { kind: string; direction: string; points: { period: string; label: string; value: number | null }[] };
}

describe('contractKpis on the seeded town', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await openSeededApi();
  });
  afterAll(() => api.close());

  it('reports every quarter of the term and extension, referrals as published counts', async () => {
    const { contractKpis } = dataOf(await api.run<{ contractKpis: Report[] }>(KPIS, { contractCode: 'twl-2018' }));
    expect(contractKpis.length).toBeGreaterThan(0);
    for (const report of contractKpis) {
      expect(report.quarters).toHaveLength(28);
      expect(report.quarters[0]).toMatchObject({ periodStart: '2018-04-01', label: 'Q1 2018/19' });
      expect(report.spc.points.map((point) => point.label)).toEqual(report.quarters.map((quarter) => quarter.label));
    }
    const referrals = contractKpis.find((report) => report.kpi.metric === 'REFERRALS');
    if (referrals) {
      const [q1] = await api.sql<{ n: number }>(`select count(*)::int as n from referral where received_on between '2019-04-01' and '2019-06-30'`);
      expect(referrals.quarters.find((quarter) => quarter.periodStart === '2019-04-01')).toMatchObject({ actual: published(q1.n), suppressed: false });
    }
    const rated = contractKpis.flatMap((report) => report.quarters).find((quarter) => quarter.rag !== null) as Quarter;
    expect(rated.reason).toMatch(/target/);
  });

  it('names the contract code that matches no contract, or is not a code', async () => {
    const unknown = await api.run(KPIS, { contractCode: 'no-such-contract' });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'contractCode' } });
    expect(unknown.errors?.[0].message).toContain('no-such-contract');
    const malformed = await api.run(KPIS, { contractCode: 'TWL 2018; drop' });
    expect(malformed.errors?.[0].extensions?.argumentName).toBe('contractCode');
  });
});
