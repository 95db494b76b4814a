import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../testing/api.harness.js';
import { openSeededApi, published, type SeededApi } from '../../testing/seeded.harness.js';

const FUNNEL = `query($filter: ReferralFilter) { referralFunnel(filter: $filter) {
  definition
  stages { stage label referrals reason ofPrevious { numerator denominator estimate } lostFromPrevious }
  endings { ending label referrals reason }
} }`;

interface Stage {
  stage: string;
  label: string;
  referrals: number | null;
  ofPrevious: { numerator: number | null; denominator: number | null; estimate: number | null } | null;
  lostFromPrevious: number | null;
}
interface FunnelData {
  referralFunnel: { definition: string; stages: Stage[]; endings: { ending: string; label: string; referrals: number | null }[] };
}

describe('referralFunnel on the seeded town', () => {
  let api: SeededApi;
  let byStatus: Map<string, number>;
  beforeAll(async () => {
    api = await openSeededApi();
    const rows = await api.sql<{ status: string; n: number }>(`
      select status, count(*)::int as n from referral where received_on between '2024-04-01' and '2025-03-31' group by 1`);
    byStatus = new Map(rows.map((row) => [row.status, row.n]));
  });
  afterAll(() => api.close());

  const sum = (...statuses: string[]) => statuses.reduce((total, status) => total + (byStatus.get(status) ?? 0), 0);
  const filter = { filter: { financialYear: '2024/25' } };

  it('gives exact stages, shares of the previous stage and losses to an admin, as counted from the base tables', async () => {
    const { referralFunnel } = dataOf(await api.run<FunnelData>(FUNNEL, filter, 'admin'));
    const received = sum('received', 'assessed', 'started', 'completed', 'declined', 'did_not_start', 'dropped_out');
    const assessed = sum('assessed', 'started', 'completed', 'did_not_start', 'dropped_out');
    const started = sum('started', 'completed', 'dropped_out');
    const completed = sum('completed');
    expect(referralFunnel.stages.map((stage) => [stage.stage, stage.referrals])).toEqual([
      ['RECEIVED', received],
      ['ASSESSED', assessed],
      ['STARTED', started],
      ['COMPLETED', completed],
    ]);
    expect(referralFunnel.stages[2].ofPrevious).toMatchObject({ numerator: started, denominator: assessed });
    expect(referralFunnel.stages[2].ofPrevious?.estimate).toBeCloseTo(started / assessed, 12);
    expect(referralFunnel.stages.map((stage) => stage.lostFromPrevious)).toEqual([null, received - assessed, assessed - started, started - completed]);
    expect(referralFunnel.endings.map((ending) => [ending.ending, ending.referrals])).toEqual([
      ['DECLINED', sum('declined')],
      ['DID_NOT_START', sum('did_not_start')],
      ['DROPPED_OUT', sum('dropped_out')],
      ['IN_PROGRESS', sum('received', 'assessed', 'started')],
    ]);
    expect(referralFunnel.definition).toMatch(/every stage it has reached/);
  });

  it('rounds each stage once under disclosure control and takes the losses from the rounded counts', async () => {
    const exact = dataOf(await api.run<FunnelData>(FUNNEL, filter, 'admin')).referralFunnel;
    const { referralFunnel } = dataOf(await api.run<FunnelData>(FUNNEL, filter));
    expect(referralFunnel.stages.map((stage) => stage.referrals)).toEqual(exact.stages.map((stage) => published(stage.referrals as number)));
    const [, assessed, started] = referralFunnel.stages;
    expect(started.lostFromPrevious).toBe((assessed.referrals as number) - (started.referrals as number));
  });

  it('names a financial year that is not one', async () => {
    const result = await api.run(FUNNEL, { filter: { financialYear: '2024-25' } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter.financialYear' } });
  });
});
