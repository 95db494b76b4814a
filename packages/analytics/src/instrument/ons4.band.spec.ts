import { describe, expect, it } from 'vitest';
import { ons4Band } from './ons4.band.js';

describe('ons4Band for life satisfaction, worthwhile and happy', () => {
  it.each([
    [0, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [6, 'medium'],
    [7, 'high'],
    [8, 'high'],
    [9, 'veryHigh'],
    [10, 'veryHigh'],
  ])('bands %i as %s', (score, band) => {
    expect(ons4Band('ons4_life', score)).toBe(band);
  });
});

describe('ons4Band for anxiety', () => {
  it.each([
    [0, 'veryLow'],
    [1, 'veryLow'],
    [2, 'low'],
    [3, 'low'],
    [4, 'medium'],
    [5, 'medium'],
    [6, 'high'],
    [10, 'high'],
  ])('bands %i as %s', (score, band) => {
    expect(ons4Band('ons4_anxiety', score)).toBe(band);
  });

  it('rejects a score above 10', () => {
    expect(() => ons4Band('ons4_happy', 11)).toThrow(RangeError);
  });
});
