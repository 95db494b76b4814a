import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../testing/api.harness.js';
import { openSeededApi, published, type SeededApi } from '../../testing/seeded.harness.js';

interface Point {
  period: string;
  value: number | null;
  mean: number | null;
  numerator: number | null;
  denominator: number | null;
  lower: number | null;
  upper: number | null;
  rebase: boolean;
  ghosted: boolean;
}
interface Suggestion {
  period: string;
  label: string;
  length: number;
  reason: string;
}
interface Chart {
  kind: string;
  direction: string;
  target: number | null;
  assurance: string | null;
  definition: string;
  suggestedRebase: Suggestion | null;
  points: Point[];
}

const CHART =
  'kind direction target assurance definition suggestedRebase { period label length reason } points { period value mean numerator denominator lower upper rebase ghosted }';
const AGGREGATE = `query($measure: AggregateMeasure!, $per: AggregateMeasure, $filter: ReferralFilter, $direction: MeasureDirection, $options: SpcOptionsInput) {
  aggregateSpc(measure: $measure, per: $per, filter: $filter, direction: $direction, options: $options) { ${CHART} } }`;

describe('SPC of any aggregate series, and the same options on every chart', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await openSeededApi();
  });
  afterAll(() => api.close());

  it('charts starts as a share of referrals, every month, from the published counts', async () => {
    const months = await api.sql<{ month: string; referrals: number; starts: number }>(`
      select to_char(m, 'YYYY-MM-DD') as month,
        (select count(*)::int from referral_fact f where f.received_month = m) as referrals,
        (select count(f.started_on)::int from referral_fact f where f.received_month = m) as starts
      from generate_series('2019-04-01'::date, '2021-09-01'::date, interval '1 month') m order by m`);
    const { aggregateSpc } = dataOf(
      await api.run<{ aggregateSpc: Chart }>(AGGREGATE, {
        measure: 'STARTS',
        per: 'REFERRALS',
        direction: 'INCREASE',
        filter: { periodFrom: '2019-04-01', periodTo: '2021-09-30' },
      }),
    );
    // The small seeded town has months whose share is withheld (a complement of 1 to 7): those are gaps.
    const usable = aggregateSpc.points.filter((point) => point.value !== null).length;
    expect(aggregateSpc).toMatchObject({ kind: usable >= 13 ? 'XMR' : 'RUN', direction: 'INCREASE' });
    expect(aggregateSpc.points.map((point) => point.period)).toEqual(months.map((month) => month.month));
    const shown = months.findIndex((month) => published(month.starts) !== null && published(month.referrals - month.starts) !== null && month.referrals > 0);
    expect(shown).toBeGreaterThanOrEqual(0);
    const point = aggregateSpc.points[shown];
    expect([point.numerator, point.denominator]).toEqual([published(months[shown].starts), published(months[shown].referrals)]);
    expect(point.value).toBeCloseTo((point.numerator as number) / (point.denominator as number), 12);
    expect(point.lower).toBeLessThan(point.value as number);
    expect(aggregateSpc.definition).toMatch(/^Referrals that started a programme, as a share of: referrals received;.*Higher counts as improvement\.$/);
  });

  it('charts a count with months of no referrals as 0, ghosted and rebased where the reader asks', async () => {
    const filter = { periodFrom: '2019-04-01', periodTo: '2020-12-31' };
    const months = await api.sql<{ month: string; n: number }>(`
      select to_char(m, 'YYYY-MM-DD') as month, (select count(*)::int from referral where date_trunc('month', received_on) = m) as n
      from generate_series('2019-04-01'::date, '2020-12-01'::date, interval '1 month') m order by m`);
    const options = { rebaseAt: ['2020-04-10'], ghosted: ['2019-12-25'], target: 500 };
    const { aggregateSpc } = dataOf(await api.run<{ aggregateSpc: Chart }>(AGGREGATE, { measure: 'REFERRALS', filter, options }));
    expect(aggregateSpc.points.map((point) => point.value)).toEqual(months.map((month) => published(month.n)));
    expect(aggregateSpc.direction).toBe('NEITHER');
    expect(aggregateSpc.target).toBe(500);
    const april = aggregateSpc.points.findIndex((point) => point.period === '2020-04-01');
    expect(aggregateSpc.points.filter((point) => point.rebase).map((point) => point.period)).toEqual(['2020-04-01']);
    expect(aggregateSpc.points.filter((point) => point.ghosted).map((point) => point.period)).toEqual(['2019-12-01']);
    // The first period's mean is over April 2019 to March 2020 without the ghosted December: 11 months.
    const before = months
      .slice(0, april)
      .filter((month) => month.month !== '2019-12-01')
      .map((month) => published(month.n) as number);
    expect(aggregateSpc.points[0].mean).toBeCloseTo(before.reduce((sum, n) => sum + n, 0) / before.length, 9);
  });

  it('names the argument or option that is wrong', async () => {
    const share = await api.run(AGGREGATE, { measure: 'PEOPLE', per: 'REFERRALS' });
    expect(share.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'per' });
    const length = await api.run(AGGREGATE, { measure: 'REFERRALS', options: { trendLength: 5 } });
    expect(length.errors?.[0].message).toContain('trendLength');
    const service = await api.run('{ serviceSpc(series: MONTHLY_REFERRALS, options: { shiftLength: 9 }) { kind } }');
    expect(service.errors?.[0].message).toContain('shiftLength');
  });

  it('suggests rebasing the BAME KPI where its shift began, and rebases it there when asked', async () => {
    const query = `query($options: SpcOptionsInput) { contractKpis(contractCode: "twl-2018") { kpi { metric } spc(options: $options) { ${CHART} } } }`;
    type Reports = { contractKpis: { kpi: { metric: string }; spc: Chart }[] };
    const bame = (reports: Reports) => reports.contractKpis.find((report) => report.kpi.metric === 'BAME_REFERRAL_SHARE')?.spc as Chart;
    const recorded = bame(dataOf(await api.run<Reports>(query)));
    expect(recorded.suggestedRebase?.period.slice(0, 4)).toBe('2021');
    expect(recorded.suggestedRebase?.reason).toContain(`from ${recorded.suggestedRebase?.label} to the latest`);
    const rebased = bame(dataOf(await api.run<Reports>(query, { options: { rebaseAt: [recorded.suggestedRebase?.period] } })));
    const at = rebased.points.findIndex((point) => point.period === recorded.suggestedRebase?.period);
    expect(rebased.points[at].rebase).toBe(true);
    expect(rebased.points[at].mean).not.toBe(rebased.points[at - 1].mean);
    expect(rebased.suggestedRebase).toBeNull();
  });
});
