import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, zForConfidence } from './normal.quantile.js';

// Published values: standard normal tables (e.g. Abramowitz & Stegun 26.2).
describe('normalQuantile', () => {
  it('gives 1.959964 at 0.975', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
  });

  it('gives 2.575829 at 0.995', () => {
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829304, 8);
  });

  it('gives −3.090232 in the lower tail at 0.001', () => {
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
  });

  it('gives 0 at the median', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 14);
  });

  it('rejects p outside (0, 1)', () => {
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('normalCdf', () => {
  it('gives 0.9750021 at 1.96', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021049, 9);
  });

  it('gives 0.1586553 at −1', () => {
    expect(normalCdf(-1)).toBeCloseTo(0.1586552539, 9);
  });
});

describe('zForConfidence', () => {
  it('gives 1.959964 for 95%', () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 6);
  });

  it('gives 1.644854 for 90%', () => {
    expect(zForConfidence(0.9)).toBeCloseTo(1.644854, 6);
  });

  it('rejects a confidence of 1', () => {
    expect(() => zForConfidence(1)).toThrow(RangeError);
  });
});
