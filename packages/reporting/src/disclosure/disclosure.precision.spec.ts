import { describe, expect, it } from 'vitest';
import { RATIO_STEP, SUMMARY_STEP, publishAt } from './disclosure.precision.js';

/** The n in lo…hi for which some whole sum S gives S / n that publishes as `shown`. */
function consistentNs(shown: number, lo: number, hi: number, step = SUMMARY_STEP): number[] {
  const found: number[] = [];
  for (let n = lo; n <= hi; n += 1) {
    for (let sum = Math.floor((shown - step) * n); sum <= Math.ceil((shown + step) * n); sum += 1) {
      if (publishAt(sum / n, 'nearest', step) === shown) {
        found.push(n);
        break;
      }
    }
  }
  return found;
}

describe('publishAt', () => {
  it('rounds to whole units by default, ties up', () => {
    expect(publishAt(39.8333)).toBe(40);
    expect(publishAt(2.5)).toBe(3);
    expect(publishAt(-2.5)).toBe(-2);
    expect(publishAt(-0.2)).toBe(0);
  });

  it('rounds down and up for interval limits', () => {
    expect(publishAt(-0.7931, 'down', RATIO_STEP)).toBe(-0.8);
    expect(publishAt(-0.7931, 'up', RATIO_STEP)).toBe(-0.79);
    expect(publishAt(0.07, 'nearest', RATIO_STEP)).toBe(0.07);
  });

  it('is deterministic', () => {
    expect(new Set(Array.from({ length: 5 }, () => publishAt(717 / 18))).size).toBe(1);
  });
});

describe('why whole units cannot be inverted', () => {
  // 717/18 = 39.8333 to four places: only n = 18 in 16–20 has a whole sum that gives it.
  it('a mean to four places singles out n = 18 among the counts a published 20 allows', () => {
    const fourPlaces = (value: number) => Math.round(value * 10000) / 10000;
    const matches = [16, 17, 18, 19, 20].filter((n) => Array.from({ length: 2000 }, (_, sum) => fourPlaces(sum / n)).includes(39.8333));
    expect(matches).toEqual([18]);
  });

  it('every n from 8 up stays consistent with a whole-unit mean, whatever it is', () => {
    for (const shown of [0, 1, 7, 40, 123]) {
      expect(consistentNs(shown, 8, 60)).toEqual(Array.from({ length: 53 }, (_, i) => i + 8));
    }
  });
});
