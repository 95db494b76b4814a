import { describe, expect, it } from 'vitest';
import { DENOMINATOR_WITHHELD, PART_WITHHELD, SUPPRESSED, SUPPRESSED_MEAN } from '../disclosure/disclosure.policy.js';
import { withFixture } from '../testing/fixture.database.js';
import { outcomeSummary } from './outcome.report.js';

const exact = { suppressSmallCounts: false };

describe('outcomeSummary on hand-made fixtures', () => {
  it('returns no headlines when nothing matches the filter (n = 0)', async () => {
    const summary = await withFixture(
      async (fx) => {
        await fx.pair('gse', 20, 25);
      },
      (runner) => outcomeSummary(runner, { period: { financialYear: '2030/31' } }, exact),
    );
    expect(summary.instruments).toEqual([]);
  });

  it('shows a starter without a later measurement as dropout, with null figures and reasons, never NaN', async () => {
    const [gse] = (
      await withFixture(
        async (fx) => {
          const id = await fx.referral({ status: 'dropped_out' });
          await fx.outcome(id, 'gse', 'baseline', 22);
        },
        (runner) => outcomeSummary(runner, {}, exact),
      )
    ).instruments;
    expect([gse.starters.value, gse.completers.value, gse.pairs.value]).toEqual([1, 0, 0]);
    expect(gse.improved).toMatchObject({ numerator: 0, denominator: 0, estimate: null, reason: 'no pairs' });
    expect(gse.meanChange).toMatchObject({ meanChange: null, lower: null, reason: 'no pairs' });
  });

  it('gives the mean change of a single pair without an interval', async () => {
    const [gse] = (
      await withFixture(
        (fx) => fx.pair('gse', 20, 26).then(() => undefined),
        (runner) => outcomeSummary(runner, {}, exact),
      )
    ).instruments;
    expect(gse.meanChange).toMatchObject({ meanBefore: 20, meanAfter: 26, meanChange: 6, lower: null, upper: null, reason: 'one pair: no interval' });
  });

  it('collapses the interval to the mean for a constant change', async () => {
    const [gse] = (
      await withFixture(
        async (fx) => {
          for (const before of [18, 22, 30]) await fx.pair('gse', before, before + 2);
        },
        (runner) => outcomeSummary(runner, {}, exact),
      )
    ).instruments;
    expect(gse.meanChange).toMatchObject({ meanChange: 2, lower: 2, upper: 2 });
    expect(gse.improved).toMatchObject({ numerator: 3, denominator: 3, estimate: 1, upper: 1 });
  });

  // Metric changes: 19→22 is 17.98→19.98 (+2.00), 22→25 is +2.37, 7→9 is +4.25, 30→33 is +3.67, 25→24 is −0.81.
  it('counts SWEMWBS meaningful change on the metric scale, not the raw total', async () => {
    const [swemwbs] = (
      await withFixture(
        async (fx) => {
          for (const [before, after] of [
            [19, 22],
            [22, 25],
            [7, 9],
            [30, 33],
            [25, 24],
          ])
            await fx.pair('swemwbs', before, after);
        },
        (runner) => outcomeSummary(runner, {}, exact),
      )
    ).instruments;
    expect(swemwbs.improved).toMatchObject({ numerator: 4, denominator: 5 });
    expect(swemwbs.meaningfullyImproved).toMatchObject({ numerator: 2, denominator: 5 });
    // Mean metric change: (2.00 + 2.37 + 4.25 + 3.67 − 0.81) / 5 = 2.296.
    expect(swemwbs.meanChange.meanChange).toBeCloseTo(2.296, 10);
  });

  // Three GSE referrals, baseline 20 each: A ends on 24 and scores 10 at 12 months; B has no
  // end score, 21 at 6 months and 30 at 12; C ends on 26 and is never followed up.
  // End: A 24, C 26 (B lost). Follow-up: A 10, B 30 (C lost). Latest: A 10, B 30, C 26.
  it('pairs each baseline with the chosen timepoint, counting who is lost before it', async () => {
    const summaries = await withFixture(
      async (fx) => {
        const a = await fx.referral();
        await fx.outcome(a, 'gse', 'baseline', 20, '2019-05-01');
        await fx.outcome(a, 'gse', 'end', 24, '2019-08-01');
        await fx.outcome(a, 'gse', 'follow_up_12m', 10, '2020-08-01');
        const b = await fx.referral({ status: 'dropped_out' });
        await fx.outcome(b, 'gse', 'baseline', 20, '2019-05-01');
        await fx.outcome(b, 'gse', 'follow_up_6m', 21, '2019-11-01');
        await fx.outcome(b, 'gse', 'follow_up_12m', 30, '2020-05-01');
        const c = await fx.referral();
        await fx.outcome(c, 'gse', 'baseline', 20, '2019-05-01');
        await fx.outcome(c, 'gse', 'end', 26, '2019-08-01');
      },
      (runner) => Promise.all((['end', 'follow_up', 'latest'] as const).map((comparison) => outcomeSummary(runner, {}, exact, comparison))),
    );
    const figures = summaries.map(({ comparison, instruments: [gse] }) => [
      comparison,
      gse.starters.value,
      gse.completers.value,
      gse.pairs.value,
      gse.lost.value,
      gse.meanChange.meanAfter,
    ]);
    expect(figures).toEqual([
      ['end', 3, 2, 2, 1, 25],
      ['follow_up', 3, 2, 2, 1, 20],
      ['latest', 3, 2, 3, 0, 22],
    ]);
    expect(summaries[1].instruments[0].improved.definition).toContain('at the latest follow-up');
    expect(summaries[0].pairing).toContain('at the end of the programme');
  });

  it('names a comparison it does not know', async () => {
    await expect(
      withFixture(
        async () => {},
        (runner) => outcomeSummary(runner, {}, exact, 'someday' as 'end'),
      ),
    ).rejects.toMatchObject({ field: 'comparison' });
  });

  it('gives no relative change when nobody had a GP or A&E visit at baseline', async () => {
    const [visits] = (
      await withFixture(
        async (fx) => {
          await fx.pair('gp_ae_visits', 0, 1);
          await fx.pair('gp_ae_visits', 0, 0);
        },
        (runner) => outcomeSummary(runner, {}, exact),
      )
    ).instruments;
    expect(visits.relativeChange).toMatchObject({ estimate: null, lower: null, reason: 'the baseline total is zero' });
  });

  it('suppresses counts of 1–7 and means built from fewer than 8 pairs by default', async () => {
    const [gse] = (
      await withFixture(
        async (fx) => {
          for (const before of [18, 20, 22, 24, 26]) await fx.pair('gse', before, before + 3);
        },
        (runner) => outcomeSummary(runner),
      )
    ).instruments;
    expect(gse.pairs).toEqual({ value: null, reason: SUPPRESSED });
    expect(gse.improved).toMatchObject({ estimate: null, reason: DENOMINATOR_WITHHELD });
    expect(gse.meanChange).toMatchObject({ meanChange: null, lower: null, reason: SUPPRESSED_MEAN });
  });

  // Ten pairs, 29 visits before and 6 after: the old −0.7931 = 6/29 − 1 gave the withheld 6 away.
  it('withholds a relative change when a total it is computed from is withheld', async () => {
    const befores = [2, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    const afters = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0];
    const [controlled, open] = await withFixture(
      async (fx) => {
        for (const [i, before] of befores.entries()) await fx.pair('gp_ae_visits', before, afters[i]);
      },
      async (runner) => [(await outcomeSummary(runner)).instruments[0], (await outcomeSummary(runner, {}, exact)).instruments[0]],
    );
    expect(controlled.relativeChange).toMatchObject({ pairs: 10, denominator: 30, numerator: null, estimate: null, lower: null, reason: PART_WITHHELD });
    expect(open.relativeChange?.estimate).toBeCloseTo(6 / 29 - 1, 10);
  });

  // Twelve pairs, 52 visits before (published 50) and 23 after (published 25): 25/50 − 1 = −0.5, not 23/52 − 1.
  it('computes a relative change from the published totals, its interval in whole percentage points', async () => {
    const befores = [4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5];
    const afters = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1];
    const [visits] = (
      await withFixture(
        async (fx) => {
          for (const [i, before] of befores.entries()) await fx.pair('gp_ae_visits', before, afters[i]);
        },
        (runner) => outcomeSummary(runner),
      )
    ).instruments;
    expect(visits.relativeChange).toMatchObject({ pairs: 10, denominator: 50, numerator: 25, estimate: -0.5 });
    const { lower, upper } = visits.relativeChange ?? {};
    expect(lower).toBeLessThanOrEqual(-0.5);
    expect(upper).toBeGreaterThanOrEqual(-0.5);
    for (const limit of [lower, upper]) expect(Number.isInteger(Number(((limit as number) * 100).toFixed(6)))).toBe(true);
  });

  // Nine GSE pairs, baseline 20–28 (mean 24) and each +3 but one +4: mean change 28/9 = 3.11.
  it('publishes the means of the pairs in whole points, the interval rounded outward', async () => {
    const [controlled, open] = await withFixture(
      async (fx) => {
        for (const before of [20, 21, 22, 23, 24, 25, 26, 27, 28]) await fx.pair('gse', before, before + (before === 28 ? 4 : 3));
      },
      async (runner) => [(await outcomeSummary(runner)).instruments[0], (await outcomeSummary(runner, {}, exact)).instruments[0]],
    );
    expect(controlled.meanChange).toMatchObject({ denominator: 10, meanBefore: 24, meanAfter: 27, meanChange: 3, lower: 2, upper: 4, reason: null });
    expect(open.meanChange.meanChange).toBeCloseTo(28 / 9, 10);
    expect(open.meanChange.meanAfter).toBeCloseTo(24 + 28 / 9, 10);
  });
});
