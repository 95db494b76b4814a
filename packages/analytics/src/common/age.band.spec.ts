import { describe, expect, it } from 'vitest';
import { ageBand } from './age.band.js';

describe('ageBand', () => {
  it.each([
    [0, '0-15'],
    [15, '0-15'],
    [15.9, '0-15'],
    [16, '16-24'],
    [24, '16-24'],
    [25, '25-34'],
    [44, '35-44'],
    [45, '45-54'],
    [64, '55-64'],
    [65, '65-74'],
    [84, '75-84'],
    [85, '85+'],
    [104, '85+'],
  ])('puts age %d in %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it('rejects a negative age', () => {
    expect(() => ageBand(-1)).toThrow(RangeError);
  });
});
