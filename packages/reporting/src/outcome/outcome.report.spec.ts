import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { improvementRule, pairedMeanChange, percentAchieving, percentImproved, relativeChangeOfTotals, swemwbsMetric, type Pair } from '@hub/analytics';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { outcomeSummary } from './outcome.report.js';
import type { InstrumentOutcome } from './outcome.types.js';

const exact = { suppressSmallCounts: false };

/**
 * Pairs read straight from the base tables, independently of the rollups: the end score, else
 * the latest follow-up. The optional condition narrows referrals `r` and people `p`.
 */
async function independentPairs(pool: pg.Pool, instrument: string, condition = 'true', params: unknown[] = []) {
  const { rows } = await pool.query<{ before: string; after: string | null; status: string }>(
    `
    select b.score as before, r.status,
      coalesce(
        (select e.score from outcome_measurement e where e.referral_id = b.referral_id and e.instrument_code = b.instrument_code and e.timepoint = 'end'),
        (select e.score from outcome_measurement e where e.referral_id = b.referral_id and e.instrument_code = b.instrument_code
           and e.timepoint like 'follow_up%' order by e.measured_on desc limit 1)) as after
    from outcome_measurement b
    join referral r on r.id = b.referral_id
    join person p on p.id = r.person_id
    join ethnic_category ec on ec.code = p.ethnic_code
    where b.instrument_code = $1 and b.timepoint = 'baseline' and ${condition}`,
    [instrument, ...params],
  );
  const pairs: Pair[] = rows.filter((row) => row.after !== null).map((row) => ({ before: Number(row.before), after: Number(row.after) }));
  return { starters: rows.length, completers: rows.filter((row) => row.status === 'completed').length, pairs };
}

const byCode = (headlines: InstrumentOutcome[], code: string) => headlines.find((headline) => headline.instrument === code) as InstrumentOutcome;

describe('outcomeSummary on the seeded town', () => {
  let pool: pg.Pool;
  let headlines: InstrumentOutcome[];
  beforeAll(async () => {
    pool = seededPool();
    headlines = (await outcomeSummary(pgRunner(pool), {}, exact)).instruments;
  });
  afterAll(() => pool.end());

  it('reports starters, completers and pairs as counted from the base tables', async () => {
    const independent = await independentPairs(pool, 'swemwbs');
    const swemwbs = byCode(headlines, 'swemwbs');
    expect([swemwbs.starters.value, swemwbs.completers.value, swemwbs.pairs.value]).toEqual([
      independent.starters,
      independent.completers,
      independent.pairs.length,
    ]);
    expect(independent.pairs.length).toBeGreaterThan(100);
  });

  it('computes SWEMWBS % improved and % meaningfully improved (≥ 3 metric points) as analytics does from the pairs', async () => {
    const { pairs } = await independentPairs(pool, 'swemwbs');
    const swemwbs = byCode(headlines, 'swemwbs');
    const any = percentImproved(pairs, improvementRule('swemwbs', 'any'));
    const meaningful = percentImproved(pairs, improvementRule('swemwbs', 'meaningful'));
    expect([swemwbs.improved.numerator, swemwbs.improved.denominator]).toEqual([any.numerator, any.n]);
    expect([swemwbs.meaningfullyImproved?.numerator, swemwbs.meaningfullyImproved?.denominator]).toEqual([meaningful.numerator, meaningful.n]);
    expect(swemwbs.meaningfullyImproved?.lower).toBeCloseTo(meaningful.lower as number, 12);
  });

  it('gives the SWEMWBS mean change on the metric scale with the paired-t interval of analytics', async () => {
    const { pairs } = await independentPairs(pool, 'swemwbs');
    const metric = pairs.map(({ before, after }) => ({ before: swemwbsMetric(before), after: swemwbsMetric(after) }));
    const expected = pairedMeanChange(metric);
    const { meanChange } = byCode(headlines, 'swemwbs');
    expect(meanChange.meanBefore).toBeCloseTo(expected?.meanBefore as number, 9);
    expect(meanChange.meanChange).toBeCloseTo(expected?.meanChange as number, 9);
    expect(meanChange.lower).toBeCloseTo(expected?.lower as number, 9);
    expect(meanChange.upper).toBeCloseTo(expected?.upper as number, 9);
  });

  it('gives the relative change in GP and A&E visits (1 − Σafter ÷ Σbefore) with the Fieller interval of analytics', async () => {
    const { pairs } = await independentPairs(pool, 'gp_ae_visits');
    const expected = relativeChangeOfTotals(pairs);
    const { relativeChange } = byCode(headlines, 'gp_ae_visits');
    expect([relativeChange?.numerator, relativeChange?.denominator]).toEqual([expected.totalAfter, expected.totalBefore]);
    expect(relativeChange?.estimate).toBeCloseTo(expected.relativeChange as number, 12);
    expect(relativeChange?.lower).toBeCloseTo(expected.lower as number, 9);
    expect(relativeChange?.upper).toBeCloseTo(expected.upper as number, 9);
    expect(relativeChange?.estimate).toBeLessThan(0);
  });

  it('gives the activity increase as a relative change of totals and the share active (≥ 150 minutes)', async () => {
    const { pairs } = await independentPairs(pool, 'activity');
    const activity = byCode(headlines, 'activity');
    expect(activity.relativeChange?.estimate).toBeCloseTo(relativeChangeOfTotals(pairs).relativeChange as number, 12);
    expect(activity.achievingThreshold?.numerator).toBe(
      percentAchieving(
        pairs.map((pair) => pair.after),
        150,
      ).numerator,
    );
    expect(activity.meaningfullyImproved?.numerator).toBe(percentImproved(pairs, improvementRule('activity', 'meaningful')).numerator);
  });

  it('gives "5 a day" at follow-up for fruit and vegetables with a Wilson interval', async () => {
    const { pairs } = await independentPairs(pool, 'fruit_veg');
    const expected = percentAchieving(
      pairs.map((pair) => pair.after),
      5,
    );
    const figure = byCode(headlines, 'fruit_veg').achievingThreshold;
    expect([figure?.numerator, figure?.denominator]).toEqual([expected.numerator, expected.n]);
    expect(figure?.upper).toBeCloseTo(expected.upper as number, 12);
    expect(figure?.definition).toMatch(/5 a day/);
  });

  it('covers PHQ-9 reliable improvement (a fall of ≥ 6) for talking therapies', async () => {
    const { pairs } = await independentPairs(pool, 'phq9');
    expect(byCode(headlines, 'phq9').meaningfullyImproved?.numerator).toBe(percentImproved(pairs, improvementRule('phq9', 'meaningful')).numerator);
  });

  it('applies period, ethnic group, sex and age-band filters as the base tables do', async () => {
    const filter = {
      period: { financialYear: '2022/23' },
      ethnicGroups: ['Asian' as const, 'Black' as const],
      sexes: ['female' as const],
      ageBands: ['45-54', '55-64', '65-74'],
    };
    const [gse] = (await outcomeSummary(pgRunner(pool), filter, exact)).instruments.filter((headline) => headline.instrument === 'gse');
    const independent = await independentPairs(
      pool,
      'gse',
      `r.received_on between '2022-04-01' and '2023-03-31'
      and ec.broad_group in ('Asian', 'Black') and p.sex = 'female'
      and extract(year from r.received_on) - p.birth_year between 45 and 74`,
    );
    expect([gse.starters.value, gse.pairs.value]).toEqual([independent.starters, independent.pairs.length]);
    expect(gse.improved.numerator).toBe(percentImproved(independent.pairs, improvementRule('gse', 'any')).numerator);
  });

  it('rounds every count to 5 and works percentages from the rounded counts by default', async () => {
    const [rounded] = (await outcomeSummary(pgRunner(pool))).instruments;
    const swemwbs = byCode(headlines, 'swemwbs');
    const round5 = (value: number | null) => Math.round((value as number) / 5) * 5;
    expect(rounded.pairs.value).toBe(round5(swemwbs.pairs.value));
    expect(rounded.improved.numerator).toBe(round5(swemwbs.improved.numerator));
    expect(rounded.improved.estimate).toBe((rounded.improved.numerator as number) / (rounded.improved.denominator as number));
  });
});
