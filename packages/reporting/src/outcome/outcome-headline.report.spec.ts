import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { outcomeHeadlines } from './outcome-headline.report.js';
import { outcomeSummary } from './outcome.report.js';
import type { OutcomeSummary } from './outcome.types.js';

const exact = { suppressSmallCounts: false };

describe('outcomeHeadlines on the seeded town', () => {
  let pool: pg.Pool;
  let summary: OutcomeSummary;
  beforeAll(async () => {
    pool = seededPool();
    summary = await outcomeSummary(pgRunner(pool), {}, exact);
  });
  afterAll(() => pool.end());

  it('lists the five headlines in order, each read from its instrument', () => {
    const headlines = outcomeHeadlines(summary);
    expect(headlines.map((headline) => [headline.key, headline.instrument, headline.kind])).toEqual([
      ['activityGain', 'activity', 'relativeChange'],
      ['gpAeReduction', 'gp_ae_visits', 'relativeChange'],
      ['wellbeingImproved', 'swemwbs', 'percentImproved'],
      ['selfEfficacyImproved', 'gse', 'percentImproved'],
      ['fiveADay', 'fruit_veg', 'percentAchieving'],
    ]);
    const figures = (code: string) => summary.instruments.find((figure) => figure.instrument === code);
    const [activity, visits, wellbeing, , fiveADay] = headlines;
    expect(activity).toMatchObject({ estimate: figures('activity')?.relativeChange?.estimate, numerator: figures('activity')?.relativeChange?.numerator });
    expect(visits.estimate).toBeLessThan(0);
    expect(wellbeing).toMatchObject({
      numerator: figures('swemwbs')?.improved.numerator,
      denominator: figures('swemwbs')?.improved.denominator,
      pairs: figures('swemwbs')?.pairs.value,
      starters: figures('swemwbs')?.starters.value,
      completers: figures('swemwbs')?.completers.value,
    });
    expect(fiveADay.estimate).toBe(figures('fruit_veg')?.achievingThreshold?.estimate);
    expect(wellbeing.definition).toContain(summary.pairing);
  });
});

describe('outcomeHeadlines without measurements', () => {
  it('keeps every headline, null with a reason and zero pairs', () => {
    const headlines = outcomeHeadlines({ instruments: [], pairing: 'Pairs are…' });
    expect(headlines).toHaveLength(5);
    for (const headline of headlines) {
      expect(headline).toMatchObject({ estimate: null, lower: null, pairs: 0, starters: 0, reason: 'no baseline measurements in the filter' });
    }
  });
});
