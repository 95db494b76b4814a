import { describe, expect, it } from 'vitest';
import { shareAgainstPopulation, uptakeGap, uptakeGaps } from './uptake.gap.js';

// 60 of 500 referrals from a group that is 83,000 of 225,000 residents.
const asian = { group: 'Asian', referrals: 60, totalReferrals: 500, population: 83_000, totalPopulation: 225_000 };

describe('uptakeGap', () => {
  // Wilson: centre 120 + 3.841459, spread 1.959964·√(3.841459 + 211.2) = 28.7415, denominator 1007.683.
  it('gives the referral share 0.12 with Wilson interval [0.0944, 0.1514]', () => {
    const gap = uptakeGap(asian);
    expect(gap.share?.estimate).toBe(0.12);
    expect(gap.share?.lower).toBeCloseTo(0.094375, 5);
    expect(gap.share?.upper).toBeCloseTo(0.15142, 5);
  });

  it('gives the population share 83,000 / 225,000 = 0.3689', () => {
    expect(uptakeGap(asian).populationShare).toBeCloseTo(0.368889, 6);
  });

  it('gives the gap in percentage points: 12.0 − 36.9 = −24.9', () => {
    expect(uptakeGap(asian).gapPoints).toBeCloseTo(-24.8889, 4);
  });

  it('gives the representation ratio 0.12 / 0.3689 = 0.3253', () => {
    expect(uptakeGap(asian).representationRatio).toBeCloseTo(0.325301, 6);
  });

  // Limits of the share against 83/225: (0.094375 − 0.368889)·100 = −27.45, (0.15142 − 0.368889)·100 = −21.75.
  it('carries the share interval over to the gap: [−27.45, −21.75] points', () => {
    const gap = uptakeGap(asian).gapInterval;
    expect(gap?.estimate).toBeCloseTo(-24.8889, 4);
    expect(gap?.lower).toBeCloseTo(-27.4514, 3);
    expect(gap?.upper).toBeCloseTo(-21.7469, 3);
  });

  // 0.094375 × 225/83 = 0.25584; 0.15142 × 225/83 = 0.41048.
  it('carries the share interval over to the ratio: [0.2558, 0.4105]', () => {
    const ratio = uptakeGap(asian).ratioInterval;
    expect(ratio?.estimate).toBeCloseTo(0.325301, 6);
    expect(ratio?.lower).toBeCloseTo(0.25584, 4);
    expect(ratio?.upper).toBeCloseTo(0.41048, 4);
  });

  // Byar for 60: 60·(1 − 1/540 − 1.959964/(3√60))³ = 45.784 → 0.5516 per 1,000.
  it('gives 0.723 referrals per 1,000 with Byar interval [0.5516, 0.9305]', () => {
    const rate = uptakeGap(asian).ratePer1000;
    expect(rate?.rate).toBeCloseTo(0.722892, 6);
    expect(rate?.lower).toBeCloseTo(0.5516, 4);
    expect(rate?.upper).toBeCloseTo(0.9305, 4);
  });

  // Over 4 years the yearly rate is 60 ÷ (83,000 × 4) × 1,000 = 0.180723, its limits a quarter of the above.
  it('gives the yearly rate over several years: 0.1807 per 1,000 a year [0.1379, 0.2326]', () => {
    const rate = uptakeGap({ ...asian, years: 4 }).ratePer1000;
    expect(rate?.denominator).toBe(332_000);
    expect(rate?.rate).toBeCloseTo(0.180723, 6);
    expect(rate?.lower).toBeCloseTo(0.5516 / 4, 4);
    expect(rate?.upper).toBeCloseTo(0.9305 / 4, 4);
    expect(() => uptakeGap({ ...asian, years: 0 })).toThrow(/years/);
  });

  it('marks the group under-represented because 0.1514 < 0.3689', () => {
    expect([uptakeGap(asian).underRepresented, uptakeGap(asian).comparison]).toEqual([true, 'lower']);
  });

  it('does not mark a group whose interval reaches its population share', () => {
    const mixed = { group: 'Mixed', referrals: 35, totalReferrals: 500, population: 17_000, totalPopulation: 225_000 };
    const gap = uptakeGap(mixed);
    expect(gap.underRepresented).toBe(false);
  });

  it('gives null share-based figures with a reason when there are no referrals', () => {
    const gap = uptakeGap({ ...asian, referrals: 0, totalReferrals: 0 });
    expect(gap).toMatchObject({
      share: null,
      gapPoints: null,
      underRepresented: null,
      reason: 'no referrals in the period',
    });
  });

  it('gives null population figures with a reason when the population is zero', () => {
    const gap = uptakeGap({ ...asian, population: 0, totalPopulation: 0 });
    expect(gap).toMatchObject({ populationShare: null, ratePer1000: null, reason: 'total population is zero' });
  });

  it('gives no ratio or rate for a group with no residents', () => {
    const gap = uptakeGap({ ...asian, referrals: 0, population: 0 });
    expect(gap).toMatchObject({ representationRatio: null, ratePer1000: null, reason: 'group population is zero' });
  });

  it('throws RangeError when the group population exceeds the total', () => {
    expect(() => uptakeGap({ ...asian, population: 300_000 })).toThrow(RangeError);
  });
});

describe('uptakeGaps', () => {
  const rows = [
    { group: 'White', referrals: 400, population: 100_000 },
    { group: 'Asian', referrals: 60, population: 83_000 },
    { group: 'Not stated', referrals: 40, population: null },
  ];

  it('sums the totals over every row, "not stated" included', () => {
    expect(uptakeGaps(rows)[0].share?.estimate).toBe(0.8);
  });

  it('keeps the not-stated group with its share and a reason for the missing population', () => {
    expect(uptakeGaps(rows)[2]).toMatchObject({
      group: 'Not stated',
      share: { estimate: 0.08 },
      populationShare: null,
      reason: 'no population figure for this group',
    });
  });

  it('divides population shares by the sum of known populations (183,000)', () => {
    expect(uptakeGaps(rows)[1].populationShare).toBeCloseTo(83 / 183, 12);
  });
});

describe('shareAgainstPopulation', () => {
  const share = { estimate: 0.3, lower: 0.2, upper: 0.4 };

  it('gives gap (0.3 − 0.25)·100 = 5 in [−5, 15] and ratio 1.2 in [0.8, 1.6] against a quarter of residents', () => {
    const { gap, ratio } = shareAgainstPopulation(share, 0.25);
    expect(gap?.estimate).toBeCloseTo(5, 12);
    expect(gap?.lower).toBeCloseTo(-5, 12);
    expect(gap?.upper).toBeCloseTo(15, 12);
    expect(ratio).toEqual({ estimate: 1.2, lower: 0.8, upper: 1.6 });
  });

  it('gives a gap but no ratio against a population share of 0', () => {
    const { gap, ratio } = shareAgainstPopulation(share, 0);
    expect(gap?.estimate).toBeCloseTo(30, 12);
    expect(ratio).toBeNull();
  });

  it('gives neither without a population share', () => {
    expect(shareAgainstPopulation(share, null)).toEqual({ gap: null, ratio: null });
  });
});
