import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../testing/api.harness.js';
import { openSeededApi, published, type SeededApi } from '../../testing/seeded.harness.js';

const CHART = `kind direction target variation assurance reason definition
  points { period label value mean upperLimit lowerLimit upperTwoSigma lowerTwoSigma specialCause rules ghosted rebase lower upper numerator denominator annotations pdsaCycles }`;

interface Point {
  period: string;
  label: string;
  value: number | null;
  mean: number | null;
  upperLimit: number | null;
  lower: number | null;
  upper: number | null;
  numerator: number | null;
  denominator: number | null;
  ghosted: boolean;
  rebase: boolean;
  annotations: string[];
  pdsaCycles: number[];
}
interface Chart {
  kind: string;
  direction: string;
  target: number | null;
  variation: string | null;
  assurance: string | null;
  reason: string | null;
  definition: string | null;
  points: Point[];
}

describe('SPC charts on the seeded town', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await openSeededApi();
  });
  afterAll(() => api.close());

  const SERVICE = `query($series: ServiceSeries!, $filter: ReferralFilter) { serviceSpc(series: $series, filter: $filter) { ${CHART} } }`;

  it('charts monthly referrals as published counts, every month of the period', async () => {
    const months = await api.sql<{ month: string; referrals: number }>(`
      select to_char(m, 'YYYY-MM-DD') as month, (select count(*)::int from referral r where date_trunc('month', r.received_on) = m) as referrals
      from generate_series('2019-04-01'::date, '2021-03-01'::date, interval '1 month') m order by m`);
    const { serviceSpc } = dataOf(
      await api.run<{ serviceSpc: Chart }>(SERVICE, { series: 'MONTHLY_REFERRALS', filter: { periodFrom: '2019-04-01', periodTo: '2021-03-31' } }),
    );
    expect(serviceSpc).toMatchObject({ kind: 'XMR', direction: 'NEITHER', reason: null });
    expect(serviceSpc.points.map((point) => [point.period, point.value])).toEqual(months.map((month) => [month.month, published(month.referrals)]));
    expect(serviceSpc.points[0]).toMatchObject({ label: 'Apr 2019', ghosted: false, rebase: false, annotations: [], pdsaCycles: [] });
    expect(serviceSpc.points[0].upperLimit).toBeGreaterThan(serviceSpc.points[0].mean as number);
    expect(serviceSpc.definition).toMatch(/^Referrals received in the month\. The centre line is the mean;.*Neither direction counts as improvement/);
  });

  it("charts the BAME share with each month's counts and interval, up being good", async () => {
    const { serviceSpc } = dataOf(await api.run<{ serviceSpc: Chart }>(SERVICE, { series: 'BAME_SHARE', filter: { financialYear: '2023/24' } }));
    expect(serviceSpc).toMatchObject({ direction: 'INCREASE', kind: 'RUN', reason: 'fewer than 13 months: run chart with the median' });
    expect(serviceSpc.points).toHaveLength(12);
    const point = serviceSpc.points.find((candidate) => candidate.value !== null) as Point;
    expect(point.value).toBe((point.numerator as number) / (point.denominator as number));
    expect(point.lower).toBeLessThan(point.value as number);
    expect(serviceSpc.definition).toMatch(/Higher counts as improvement\.$/);
  });

  it('charts a QI measure with its PDSA cycles and annotations, rebased where the reader asks', async () => {
    const query = `query($id: ID!, $options: SpcOptionsInput) { qiMeasure(id: $id) { spc(options: $options) { ${CHART} } } }`;
    const [measure] = await api.sql<{ id: string; values: number; third: string }>(`
      select m.id::text, count(*)::int as values, to_char((array_agg(v.period_start order by v.period_start))[14], 'YYYY-MM-DD') as third
      from qi_measure m join qi_measure_value v on v.measure_id = m.id
      join pdsa_cycle c on c.project_id = m.project_id
      where m.chart = 'xmr' group by m.id having count(distinct v.period_start) >= 20 order by m.id limit 1`);
    const recorded = dataOf(await api.run<{ qiMeasure: { spc: Chart } }>(query, { id: measure.id })).qiMeasure.spc;
    expect(recorded.kind).toBe('XMR');
    expect(recorded.points.flatMap((point) => point.pdsaCycles).length).toBeGreaterThan(0);
    const rebased = dataOf(await api.run<{ qiMeasure: { spc: Chart } }>(query, { id: measure.id, options: { rebaseAt: [measure.third] } })).qiMeasure.spc;
    const index = rebased.points.findIndex((point) => point.period === measure.third);
    expect(rebased.points[index].rebase).toBe(true);
    expect(rebased.points[index].mean).not.toBe(recorded.points[index].mean);
  });

  it('names an SPC option out of range', async () => {
    const result = await api.run('{ qiProjects { measures { spc(options: { shiftLength: 12 }) { kind } } } }');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0].message).toContain('shiftLength');
  });

  it('gives QI involvement per month as a share of active projects', async () => {
    const { involvementOverTime } = dataOf(
      await api.run<{
        involvementOverTime: {
          month: string;
          activeProjects: number;
          involvedProjects: number;
          share: { numerator: number; denominator: number; estimate: number | null };
        }[];
      }>(
        '{ involvementOverTime { month activeProjects involvedProjects bigIProjects share { numerator denominator estimate lower upper suppressed reason } } }',
      ),
    );
    expect(involvementOverTime.length).toBeGreaterThan(12);
    const busy = involvementOverTime.find((month) => month.activeProjects > 0);
    expect(busy?.share).toMatchObject({ numerator: busy?.involvedProjects, denominator: busy?.activeProjects });
  });

  it('runs involvement to the last month of the data and gives Big I and little i each on their own', async () => {
    type Month = {
      month: string;
      activeProjects: number;
      involvedProjects: number;
      bigIProjects: number;
      littleIProjects: number;
      bigIShare: { numerator: number; denominator: number };
      littleIShare: { numerator: number };
    };
    const { involvementOverTime } = dataOf(
      await api.run<{ involvementOverTime: Month[] }>(
        '{ involvementOverTime { month activeProjects involvedProjects bigIProjects littleIProjects bigIShare { numerator denominator } littleIShare { numerator } } }',
      ),
    );
    // The monthly referrals chart draws every month of the data.
    const { serviceSpc } = dataOf(
      await api.run<{ serviceSpc: { points: { period: string }[] } }>('{ serviceSpc(series: MONTHLY_REFERRALS) { points { period } } }'),
    );
    expect((involvementOverTime.at(-1)?.month ?? '') >= (serviceSpc.points.at(-1)?.period ?? '9999')).toBe(true);
    for (const month of involvementOverTime) {
      expect(month.bigIProjects + month.littleIProjects).toBe(month.involvedProjects);
      expect([month.bigIShare.numerator, month.bigIShare.denominator, month.littleIShare.numerator]).toEqual([
        month.bigIProjects,
        month.activeProjects,
        month.littleIProjects,
      ]);
    }
  });
});
