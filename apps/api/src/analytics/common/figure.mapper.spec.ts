import { describe, expect, it } from 'vitest';
import { finite, toProportion, toRate } from './figure.mapper.js';

describe('finite', () => {
  it('lets finite numbers through and turns NaN, ±Infinity and missing values into null', () => {
    expect([finite(0.25), finite(0), finite(-3)]).toEqual([0.25, 0, -3]);
    expect([finite(Number.NaN), finite(Infinity), finite(-Infinity), finite(null), finite(undefined)]).toEqual([null, null, null, null, null]);
  });
});

describe('toProportion', () => {
  it('marks a proportion suppressed only when a count behind it was withheld', () => {
    const shown = { numerator: 10, denominator: 40, estimate: 0.25, lower: 0.14, upper: 0.4, reason: null };
    expect(toProportion(shown)).toMatchObject({ ...shown, suppressed: false });
    expect(toProportion({ ...shown, numerator: null, estimate: null, lower: null, upper: null, reason: 'numerator suppressed: fewer than 8' })).toMatchObject({
      estimate: null,
      suppressed: true,
      reason: 'numerator suppressed: fewer than 8',
    });
    expect(toProportion({ numerator: 0, denominator: 0, estimate: null, lower: null, upper: null, reason: 'no pairs' })).toMatchObject({
      suppressed: false,
      reason: 'no pairs',
    });
  });

  it('never passes NaN on to the serializer', () => {
    expect(toProportion({ numerator: 0, denominator: 0, estimate: Number.NaN, lower: Number.NaN, upper: Infinity, reason: null })).toMatchObject({
      estimate: null,
      lower: null,
      upper: null,
    });
  });
});

describe('toRate', () => {
  it('carries the count, the population and the interval, or the reason there is none', () => {
    expect(toRate({ count: 20, population: 4000, years: 1, rate: { rate: 5, lower: 3.05, upper: 7.72 }, reason: null })).toMatchObject({
      count: 20,
      denominator: 4000,
      years: 1,
      ratePer1000: 5,
      lower: 3.05,
      suppressed: false,
      reason: null,
    });
    expect(toRate({ count: null, population: 4000, years: 2, rate: null, reason: 'suppressed: fewer than 8' })).toMatchObject({
      count: null,
      ratePer1000: null,
      suppressed: true,
      reason: 'suppressed: fewer than 8',
    });
  });
});
