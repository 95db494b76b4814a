import { describe, expect, it } from 'vitest';
import { improved, improvementRule, meaningfullyImproved, meetsThreshold } from './instrument.change.js';

describe('improved', () => {
  it('counts any rise in SWEMWBS', () => {
    expect(improved('swemwbs', 20, 21)).toBe(true);
  });

  it('does not count no change', () => {
    expect(improved('gse', 30, 30)).toBe(false);
  });

  it('counts any fall in GP and A&E visits', () => {
    expect(improved('gp_ae_visits', 3, 2)).toBe(true);
  });

  it('does not count a rise in ONS4 anxiety', () => {
    expect(improved('ons4_anxiety', 4, 6)).toBe(false);
  });

  it('rejects a score outside the scale', () => {
    expect(() => improved('swemwbs', 6, 20)).toThrow(RangeError);
  });
});

describe('meaningfullyImproved', () => {
  // Metric 17 → 16.88, 21 → 19.25: +2.37, not meaningful; 17 → 22 (19.98): +3.10, meaningful.
  it('needs SWEMWBS metric to rise by 3: raw 17 → 21 is only +2.37', () => {
    expect(meaningfullyImproved('swemwbs', 17, 21)).toBe(false);
  });

  it('counts SWEMWBS raw 17 → 22 (+3.10 metric)', () => {
    expect(meaningfullyImproved('swemwbs', 17, 22)).toBe(true);
  });

  it('counts WEMWBS +3 exactly', () => {
    expect(meaningfullyImproved('wemwbs', 40, 43)).toBe(true);
  });

  it('counts activity moving from inactive to fairly active', () => {
    expect(meaningfullyImproved('activity', 20, 30)).toBe(true);
  });

  it('does not count activity rising within the same band', () => {
    expect(meaningfullyImproved('activity', 30, 149)).toBe(false);
  });

  it('uses reliable improvement for PHQ-9 (fall of 6)', () => {
    expect(meaningfullyImproved('phq9', 15, 9)).toBe(true);
  });

  it('does not count a GAD-7 fall of 3 (reliable change is 4) nor any rise', () => {
    expect([meaningfullyImproved('gad7', 10, 7), meaningfullyImproved('gad7', 6, 14)]).toEqual([false, false]);
  });

  it('is null for an instrument without a meaningful-change rule', () => {
    expect(meaningfullyImproved('gse', 20, 30)).toBeNull();
  });
});

describe('meetsThreshold', () => {
  it('meets 5 a day at exactly 5 portions', () => {
    expect(meetsThreshold('fruit_veg', 5)).toBe(true);
  });

  it('confirms a quit at 9 ppm but not at 10', () => {
    expect([meetsThreshold('co_ppm', 9), meetsThreshold('co_ppm', 10)]).toEqual([true, false]);
  });

  it('is null for an instrument without a threshold', () => {
    expect(meetsThreshold('gse', 30)).toBeNull();
  });
});

describe('improvementRule', () => {
  it('returns the any-improvement rule', () => {
    expect(improvementRule('wemwbs', 'any')(40, 41)).toBe(true);
  });

  it('returns the meaningful-improvement rule', () => {
    expect(improvementRule('wemwbs', 'meaningful')(40, 41)).toBe(false);
  });
});
