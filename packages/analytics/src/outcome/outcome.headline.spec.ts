import { describe, expect, it } from 'vitest';
import { improvementRule } from '../instrument/instrument.change.js';
import { percentAchieving, percentImproved, relativeChangeOfTotals } from './outcome.headline.js';

describe('percentImproved', () => {
  const pairs = [
    { before: 20, after: 24 },
    { before: 22, after: 23 },
    { before: 25, after: 25 },
    { before: 21, after: 27 },
  ];

  it('counts 3 of 4 improved with the Wilson interval [0.3006, 0.9544]', () => {
    const headline = percentImproved(pairs, improvementRule('wemwbs', 'any'));
    expect(headline).toMatchObject({ numerator: 3, n: 4, estimate: 0.75 });
    expect(headline.lower).toBeCloseTo(0.3006, 4);
    expect(headline.upper).toBeCloseTo(0.9544, 4);
  });

  it('counts 2 of 4 meaningfully improved (+3 or more on WEMWBS)', () => {
    expect(percentImproved(pairs, improvementRule('wemwbs', 'meaningful'))).toMatchObject({
      numerator: 2,
      n: 4,
    });
  });

  it('leaves pairs the rule marks not applicable (null) out of the denominator', () => {
    const onlyHighBaseline = (before: number, after: number) => (before < 21 ? null : after > before);
    expect(percentImproved(pairs, onlyHighBaseline)).toMatchObject({ numerator: 2, n: 3 });
  });

  it('gives null estimates, not NaN, with no pairs', () => {
    expect(percentImproved([], improvementRule('wemwbs', 'any'))).toEqual({
      numerator: 0,
      n: 0,
      estimate: null,
      lower: null,
      upper: null,
    });
  });
});

describe('percentAchieving', () => {
  it('counts 9 of 10 eating 5 a day, Wilson [0.5958, 0.9821]', () => {
    const headline = percentAchieving([5, 6, 5, 7, 8, 5, 5.5, 6, 9, 4], 5);
    expect(headline).toMatchObject({ numerator: 9, n: 10, estimate: 0.9 });
    expect(headline.lower).toBeCloseTo(0.5958, 4);
    expect(headline.upper).toBeCloseTo(0.9821, 4);
  });

  it('supports a "below" threshold: 4 of 5 CO readings under 10 ppm', () => {
    expect(percentAchieving([3, 9, 10, 2, 5], { value: 10, comparison: 'below' })).toMatchObject({
      numerator: 4,
      n: 5,
    });
  });

  it('gives a null estimate with no values', () => {
    expect(percentAchieving([], 5).estimate).toBeNull();
  });
});

describe('relativeChangeOfTotals', () => {
  const visits = [
    { before: 4, after: 1 },
    { before: 6, after: 2 },
    { before: 2, after: 0 },
    { before: 5, after: 2 },
    { before: 3, after: 1 },
  ];

  // Σbefore = 20, Σafter = 6: 6/20 − 1 = −0.70 (a 70% reduction); the Fieller ratio
  // interval [0.07454, 0.39853] (hand-computed in ratio.interval.spec.ts) shifted by −1.
  it('gives a −70% change with interval [−0.9255, −0.6015]', () => {
    const headline = relativeChangeOfTotals(visits);
    expect(headline).toMatchObject({ n: 5, totalBefore: 20, totalAfter: 6 });
    expect(headline.relativeChange).toBeCloseTo(-0.7, 12);
    expect(headline.lower).toBeCloseTo(-0.925462, 5);
    expect(headline.upper).toBeCloseTo(-0.601474, 5);
  });

  it('gives the change but no interval for a single pair', () => {
    expect(relativeChangeOfTotals([{ before: 4, after: 1 }])).toEqual({
      n: 1,
      totalBefore: 4,
      totalAfter: 1,
      relativeChange: -0.75,
      lower: null,
      upper: null,
    });
  });

  it('gives no change when the total before is 0', () => {
    const headline = relativeChangeOfTotals([
      { before: 0, after: 2 },
      { before: 0, after: 1 },
    ]);
    expect([headline.relativeChange, headline.lower, headline.upper]).toEqual([null, null, null]);
  });

  it('floors the lower bound at −100% for counts', () => {
    const fewer = [
      { before: 1, after: 0 },
      { before: 9, after: 0 },
      { before: 8, after: 1 },
      { before: 10, after: 0 },
    ];
    expect(relativeChangeOfTotals(fewer).lower).toBe(-1);
  });

  it('gives zeros and null change with no pairs', () => {
    expect(relativeChangeOfTotals([])).toEqual({
      n: 0,
      totalBefore: 0,
      totalAfter: 0,
      relativeChange: null,
      lower: null,
      upper: null,
    });
  });
});
