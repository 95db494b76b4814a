import { describe, expect, it } from 'vitest';
import { mean, pairedMeanChange, relativeChangeOfTotals, sampleCovariance, sampleVariance, sum } from '@hub/analytics';
import { pairedMeanChangeFromSummary, relativeChangeFromSummary } from './summary.statistics.js';

const pairs = [
  { before: 20, after: 24 },
  { before: 22, after: 23 },
  { before: 19, after: 22 },
  { before: 25, after: 26 },
  { before: 21, after: 27 },
];
const visits = [
  { before: 4, after: 1 },
  { before: 6, after: 2 },
  { before: 2, after: 0 },
  { before: 5, after: 2 },
  { before: 3, after: 1 },
];

describe('pairedMeanChangeFromSummary', () => {
  // Changes 4, 1, 3, 1, 6: mean 3, sd √(18/4) = 2.121320, t(0.975, 4) = 2.776445 → 3 ± 2.633967.
  it('gives the hand-computed t interval [0.366033, 5.633967] from n, means and sd', () => {
    const change = pairedMeanChangeFromSummary({ n: 5, meanBefore: 21.4, meanAfter: 24.4, meanChange: 3, sdChange: Math.sqrt(4.5) });
    expect(change?.lower).toBeCloseTo(0.366033, 6);
    expect(change?.upper).toBeCloseTo(5.633967, 6);
  });

  it('agrees with analytics pairedMeanChange on the same pairs', () => {
    const changes = pairs.map((p) => p.after - p.before);
    const summary = {
      n: 5,
      meanBefore: mean(pairs.map((p) => p.before)),
      meanAfter: mean(pairs.map((p) => p.after)),
      meanChange: mean(changes),
      sdChange: Math.sqrt(sampleVariance(changes) as number),
    };
    const fromPairs = pairedMeanChange(pairs);
    const fromSummary = pairedMeanChangeFromSummary(summary);
    expect(fromSummary?.lower).toBeCloseTo(fromPairs?.lower as number, 12);
    expect(fromSummary?.upper).toBeCloseTo(fromPairs?.upper as number, 12);
  });

  it('returns null with no pairs and no interval with one pair', () => {
    expect(pairedMeanChangeFromSummary({ n: 0, meanBefore: null, meanAfter: null, meanChange: null, sdChange: null })).toBeNull();
    expect(pairedMeanChangeFromSummary({ n: 1, meanBefore: 10, meanAfter: 13, meanChange: 3, sdChange: null })).toMatchObject({
      meanChange: 3,
      lower: null,
      upper: null,
      sdChange: null,
    });
  });

  it('collapses to the mean for a constant change (sd 0), never NaN', () => {
    expect(pairedMeanChangeFromSummary({ n: 4, meanBefore: 10, meanAfter: 12, meanChange: 2, sdChange: 0 })).toMatchObject({ lower: 2, upper: 2 });
  });

  it('throws RangeError for a non-finite summary', () => {
    expect(() => pairedMeanChangeFromSummary({ n: 3, meanBefore: Number.NaN, meanAfter: 1, meanChange: 1, sdChange: 1 })).toThrow(RangeError);
  });
});

describe('relativeChangeFromSummary', () => {
  const summaryOf = (list: typeof visits) => ({
    n: list.length,
    totalBefore: sum(list.map((p) => p.before)),
    totalAfter: sum(list.map((p) => p.after)),
    varianceBefore: sampleVariance(list.map((p) => p.before)),
    varianceAfter: sampleVariance(list.map((p) => p.after)),
    covariance: sampleCovariance(
      list.map((p) => p.after),
      list.map((p) => p.before),
    ),
    nonNegative: true,
  });

  // Σafter 6 ÷ Σbefore 20 = 0.3: a 70% reduction; Fieller [0.074538, 0.398526] − 1.
  it('gives −0.7 with the hand-computed interval [−0.925462, −0.601474]', () => {
    const change = relativeChangeFromSummary(summaryOf(visits));
    expect(change.relativeChange).toBeCloseTo(-0.7, 12);
    expect(change.lower).toBeCloseTo(0.074538 - 1, 5);
    expect(change.upper).toBeCloseTo(0.398526 - 1, 5);
  });

  it('agrees with analytics relativeChangeOfTotals on the same pairs', () => {
    expect(relativeChangeFromSummary(summaryOf(visits))).toEqual(
      expect.objectContaining({ ...relativeChangeOfTotals(visits), lower: expect.closeTo(relativeChangeOfTotals(visits).lower as number, 10) }),
    );
  });

  it('gives a null change when the total before is zero', () => {
    expect(relativeChangeFromSummary({ ...summaryOf(visits), totalBefore: 0 })).toMatchObject({ relativeChange: null, lower: null });
  });

  it('gives no interval below two pairs', () => {
    const one = relativeChangeFromSummary({
      n: 1,
      totalBefore: 4,
      totalAfter: 1,
      varianceBefore: null,
      varianceAfter: null,
      covariance: null,
      nonNegative: true,
    });
    expect(one).toMatchObject({ relativeChange: -0.75, lower: null, upper: null });
  });
});
