import { describe, expect, it } from 'vitest';
import { activityBand, activityBandRank, bandRank, moderateEquivalentMinutes } from './activity.band.js';

describe('moderateEquivalentMinutes', () => {
  it('counts vigorous minutes double: 60 moderate + 45 vigorous = 150', () => {
    expect(moderateEquivalentMinutes(60, 45)).toBe(150);
  });

  it('rejects negative minutes', () => {
    expect(() => moderateEquivalentMinutes(-1, 0)).toThrow(RangeError);
  });
});

describe('activityBand', () => {
  it.each([
    [0, 'inactive'],
    [29, 'inactive'],
    [30, 'fairlyActive'],
    [149, 'fairlyActive'],
    [150, 'active'],
  ])('puts %i minutes in %s', (minutes, band) => {
    expect(activityBand(minutes)).toBe(band);
  });
});

describe('activityBandRank', () => {
  it('orders inactive < fairly active < active', () => {
    expect([10, 60, 200].map(activityBandRank)).toEqual([0, 1, 2]);
  });
});

describe('bandRank', () => {
  // As SQL's width_bucket(value, array[30, 150]): 0 below the first edge, 1 from 30, 2 from 150.
  it.each([
    [0, 0],
    [29.9, 0],
    [30, 1],
    [149, 1],
    [150, 2],
    [600, 2],
  ])('places %d minutes at rank %i', (minutes, rank) => {
    expect(bandRank([30, 150], minutes)).toBe(rank);
  });
});
