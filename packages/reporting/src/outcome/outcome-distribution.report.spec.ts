import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swemwbsMetric } from '@hub/analytics';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool, withFixture } from '../testing/fixture.database.js';
import { outcomeDistributions, type OutcomeDistribution } from './outcome-distribution.report.js';
import { outcomeSummary } from './outcome.report.js';

const exact = { suppressSmallCounts: false };
const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe('outcomeDistributions on the seeded town', () => {
  let pool: pg.Pool;
  let distributions: OutcomeDistribution[];
  beforeAll(async () => {
    pool = seededPool();
    distributions = await outcomeDistributions(pgRunner(pool), {}, exact);
  });
  afterAll(() => pool.end());

  it('counts every pair once before and once after, for every instrument', async () => {
    const summary = await outcomeSummary(pgRunner(pool), {}, exact);
    for (const figures of summary.instruments) {
      const { bins } = distributions.find((distribution) => distribution.instrument === figures.instrument) as OutcomeDistribution;
      expect(sum(bins.map((bin) => bin.before)), figures.instrument).toBe(figures.pairs.value);
      expect(sum(bins.map((bin) => bin.after)), figures.instrument).toBe(figures.pairs.value);
    }
  });

  it('bins SWEMWBS baselines on the metric scale as counted from the base tables', async () => {
    const { rows } = await pool.query<{ before: string }>(`
      select b.score as before from outcome_measurement b
      where b.instrument_code = 'swemwbs' and b.timepoint = 'baseline'
        and exists (select 1 from outcome_measurement l where l.referral_id = b.referral_id and l.instrument_code = 'swemwbs' and l.timepoint <> 'baseline')`);
    const metric = rows.map((row) => swemwbsMetric(Number(row.before)));
    const { bins } = distributions.find((distribution) => distribution.instrument === 'swemwbs') as OutcomeDistribution;
    const expected = bins.map((bin, i) => metric.filter((value) => value >= bin.from && (value < bin.to || i === bins.length - 1)).length);
    expect(bins.map((bin) => bin.before)).toEqual(expected);
  });
});

describe('outcomeDistributions on hand-made fixtures', () => {
  it('puts the top of a closed scale and values above an open one in the last bin', async () => {
    const distributions = await withFixture(
      async (fx) => {
        await fx.pair('gse', 40, 10);
        await fx.pair('activity', 0, 900);
      },
      (runner) => outcomeDistributions(runner, {}, exact),
    );
    const gse = distributions.find((distribution) => distribution.instrument === 'gse') as OutcomeDistribution;
    expect(gse.bins.at(-1)).toMatchObject({ from: 35, to: 40, before: 1, after: 0 });
    expect(gse.bins[0]).toMatchObject({ from: 10, to: 15, before: 0, after: 1 });
    const activity = distributions.find((distribution) => distribution.instrument === 'activity') as OutcomeDistribution;
    expect(activity.bins.at(-1)).toMatchObject({ from: 420, to: 600, after: 1 });
    expect(activity.definition).toContain('last bin also holds every value above it');
  });

  it('withholds bins of 1–7 pairs by default and shows zero', async () => {
    const distributions = await withFixture(
      async (fx) => {
        for (let i = 0; i < 3; i++) await fx.pair('gse', 12, 38);
      },
      (runner) => outcomeDistributions(runner),
    );
    const gse = distributions.find((distribution) => distribution.instrument === 'gse') as OutcomeDistribution;
    expect(gse.bins[0]).toMatchObject({ before: null, after: 0 });
    expect(gse.bins.at(-1)).toMatchObject({ before: 0, after: null });
  });
});
