// outcome_pair materialises each pair's verdicts in SQL so they can be summed by month; they
// must be exactly analytics' instrument rules for every pair in the seeded town.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { improved, meaningfullyImproved, meetsThreshold, swemwbsMetric, type InstrumentCode } from '@hub/analytics';
import { loadKpiMetrics } from '../contract/contract.repository.js';
import { seededPool, withFixture } from '../testing/fixture.database.js';

interface PairRow {
  instrument_code: InstrumentCode;
  baseline_score: number;
  later_score: number;
  baseline_value: number;
  later_value: number;
  improved: boolean;
  meaningful: boolean | null;
  achieving: boolean | null;
}

describe('the verdicts stored in outcome_pair', () => {
  let pool: pg.Pool;
  let pairs: PairRow[];
  beforeAll(async () => {
    pool = seededPool();
    pairs = (
      await pool.query<PairRow>(`select instrument_code, baseline_score::float8, later_score::float8, baseline_value::float8,
      later_value::float8, improved, meaningful, achieving from outcome_pair where comparison = 'end' and later_value is not null`)
    ).rows;
  });
  afterAll(() => pool.end());

  it('cover every instrument the seed measures', () => {
    expect(new Set(pairs.map((pair) => pair.instrument_code)).size).toBeGreaterThanOrEqual(6);
  });

  it('agree with analytics on any improvement, meaningful improvement and the threshold for every pair', () => {
    const disagreements = pairs.filter((pair) => {
      const code = pair.instrument_code;
      return (
        pair.improved !== improved(code, pair.baseline_score, pair.later_score) ||
        pair.meaningful !== meaningfullyImproved(code, pair.baseline_score, pair.later_score) ||
        pair.achieving !== meetsThreshold(code, pair.later_score)
      );
    });
    expect(disagreements).toEqual([]);
  });

  it('hold SWEMWBS on the metric scale', () => {
    for (const pair of pairs.filter((p) => p.instrument_code === 'swemwbs')) {
      expect([pair.baseline_value, pair.later_value]).toEqual([swemwbsMetric(pair.baseline_score), swemwbsMetric(pair.later_score)]);
    }
  });
});

describe('the verdicts at the edges of each rule', () => {
  const cases: [InstrumentCode, number, number][] = [
    ['wemwbs', 40, 43],
    ['wemwbs', 40, 42],
    ['phq9', 15, 9],
    ['phq9', 15, 10],
    ['gad7', 10, 6],
    ['gad7', 10, 7],
    ['activity', 29, 30],
    ['activity', 149, 150],
    ['activity', 150, 300],
    ['activity', 100, 90],
    ['fruit_veg', 3, 4.9],
    ['fruit_veg', 3, 5],
    ['co_ppm', 20, 9.9],
    ['co_ppm', 20, 10],
    ['ons4_anxiety', 6, 4],
    ['gp_ae_visits', 2, 2],
    ['swemwbs', 7, 9],
    ['swemwbs', 19, 22],
    // Lower is better: a fall is the improvement, and a rise never is, however large.
    ['gp_ae_visits', 3, 1],
    ['ons4_anxiety', 4, 9],
    ['phq9', 3, 20],
    ['gad7', 21, 0],
  ];

  it('agree with analytics for hand-picked boundary pairs', async () => {
    const rows = await withFixture(
      async (fx) => {
        for (const [code, before, after] of cases) await fx.pair(code, before, after);
      },
      (runner) =>
        runner.query<PairRow>(`select instrument_code, baseline_score::float8, later_score::float8, improved, meaningful, achieving
        from outcome_pair where comparison = 'end' order by referral_id`),
    );
    expect(rows.map((row) => [row.improved, row.meaningful, row.achieving])).toEqual(
      cases.map(([code, before, after]) => [improved(code, before, after), meaningfullyImproved(code, before, after), meetsThreshold(code, after)]),
    );
  });
});

describe('the one improvement rule, in every SQL place that counts it', () => {
  // Completers ending in May 2019. Improved by hand: SWEMWBS 20 → 21 only; activity 20 → 200 only
  // (100 → 90 fell); PHQ-9 15 → 9 and visits 3 → 1, which fall; GAD-7 6 → 8, which rises, is not.
  const pairs: [InstrumentCode, number, number][] = [
    ['swemwbs', 20, 21],
    ['swemwbs', 21, 20],
    ['swemwbs', 20, 20],
    ['activity', 100, 90],
    ['activity', 20, 200],
    ['phq9', 15, 9],
    ['gad7', 6, 8],
    ['gp_ae_visits', 3, 1],
  ];
  const improvedByHand = { swemwbs: 1, activity: 1, phq9: 1, gad7: 0, gp_ae_visits: 1 };

  it('give the same counts in outcome_month, kpi_month, the contract query and analytics', async () => {
    const { months, kpiMonth, contract } = await withFixture(
      async (fx) => {
        for (const [code, before, after] of pairs) await fx.pair(code, before, after);
      },
      async (runner) => ({
        months: await runner.query<{ instrument_code: string; improved: number }>(`select instrument_code, sum(improved)::int as improved
          from outcome_month where comparison = 'end' and dimension = 'all' group by instrument_code`),
        kpiMonth: await runner.query<{ wellbeing_pairs: number; wellbeing_improved: number; activity_pairs: number; activity_improved: number }>(
          `select wellbeing_pairs, wellbeing_improved, activity_pairs, activity_improved from kpi_month where month = '2019-05-01'`,
        ),
        contract: await loadKpiMetrics(runner, ['2019-04-01', '2019-07-01']),
      }),
    );
    const byAnalytics: Record<string, number> = {};
    for (const [code, before, after] of pairs) byAnalytics[code] = (byAnalytics[code] ?? 0) + Number(improved(code, before, after));
    expect(byAnalytics).toEqual(improvedByHand);
    expect(Object.fromEntries(months.map((row) => [row.instrument_code, row.improved]))).toEqual(improvedByHand);
    const kpiCounts = { wellbeing_pairs: 3, wellbeing_improved: 1, activity_pairs: 2, activity_improved: 1 };
    expect(kpiMonth).toEqual([kpiCounts]);
    expect(contract).toMatchObject([kpiCounts]);
  });
});
