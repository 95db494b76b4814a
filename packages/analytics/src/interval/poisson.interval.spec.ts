import { describe, expect, it } from 'vitest';
import { byarInterval, exactPoissonInterval } from './poisson.interval.js';

describe('byarInterval', () => {
  // By hand: 50·(1 − 1/450 − 1.959964/(3√50))³ = 50·0.905385³ = 37.108;
  // 51·(1 − 1/459 + 1.959964/(3√51))³ = 51·1.089303³ = 65.920.
  it('gives [37.108, 65.920] for a count of 50', () => {
    const interval = byarInterval(50);
    expect(interval.estimate).toBe(50);
    expect(interval.lower).toBeCloseTo(37.108, 3);
    expect(interval.upper).toBeCloseTo(65.92, 2);
  });

  it('uses Byar from 10 upwards: [4.787, 18.391] for 10', () => {
    const interval = byarInterval(10);
    expect(interval.lower).toBeCloseTo(4.7874, 4);
    expect(interval.upper).toBeCloseTo(18.3915, 4);
  });

  it('uses the exact interval below 10: [1.6235, 11.6683] for 5', () => {
    const interval = byarInterval(5);
    expect(interval.lower).toBeCloseTo(1.6235, 4);
    expect(interval.upper).toBeCloseTo(11.6683, 4);
  });

  it('throws RangeError for a negative count', () => {
    expect(() => byarInterval(-1)).toThrow(RangeError);
  });

  it('throws RangeError for a fractional count', () => {
    expect(() => byarInterval(2.5)).toThrow(RangeError);
  });
});

// Published exact Poisson limits (e.g. Garwood 1936; PHE technical guide).
describe('exactPoissonInterval', () => {
  it('gives [0, 3.689] for 0', () => {
    const interval = exactPoissonInterval(0);
    expect(interval.lower).toBe(0);
    expect(interval.upper).toBeCloseTo(3.6889, 4);
  });

  it('gives [0.0253, 5.5716] for 1', () => {
    const interval = exactPoissonInterval(1);
    expect(interval.lower).toBeCloseTo(0.0253, 4);
    expect(interval.upper).toBeCloseTo(5.5716, 4);
  });

  it('gives [4.1154, 17.0848] for 9', () => {
    const interval = exactPoissonInterval(9);
    expect(interval.lower).toBeCloseTo(4.1154, 4);
    expect(interval.upper).toBeCloseTo(17.0848, 4);
  });
});
