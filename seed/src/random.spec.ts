import { describe, expect, it } from 'vitest';
import { cumulative, EvenSpread, normalQuantile, Random } from './random.js';

const draws = (count: number, draw: () => number): number[] => Array.from({ length: count }, draw);
const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const sd = (values: number[]): number => {
  const centre = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - centre) ** 2)));
};

describe('Random', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const first = draws(5, () => a.uint32());
    expect(draws(5, () => b.uint32())).toEqual(first);
    expect(draws(5, () => c.uint32())).not.toEqual(first);
  });

  it('forks independent streams that depend only on the seed and the label', () => {
    expect(new Random(7).fork('qi').next()).toBe(new Random(7).fork('qi').next());
    expect(new Random(7).fork('qi').next()).not.toBe(new Random(7).fork('outreach').next());
  });

  it('keeps uniform draws in [0, 1) and whole numbers inside their bounds', () => {
    const random = new Random(1);
    const uniforms = draws(10_000, () => random.next());
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniforms)).toBeLessThan(1);
    const dice = draws(6_000, () => random.int(1, 6));
    expect(new Set(dice)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('draws normals with the asked mean and spread', () => {
    const random = new Random(2);
    const values = draws(20_000, () => random.normal(10, 3));
    expect(mean(values)).toBeCloseTo(10, 1);
    expect(sd(values)).toBeCloseTo(3, 1);
  });

  it('draws Poisson and binomial counts with the right means', () => {
    const random = new Random(3);
    expect(mean(draws(20_000, () => random.poisson(2.5)))).toBeCloseTo(2.5, 1);
    expect(mean(draws(5_000, () => random.poisson(80)))).toBeGreaterThan(79);
    expect(mean(draws(20_000, () => random.binomial(10, 0.25)))).toBeCloseTo(2.5, 1);
  });

  it('picks by weight and never picks a zero weight', () => {
    const random = new Random(4);
    const totals = cumulative([1, 0, 3]);
    const picks = draws(20_000, () => random.fromCumulative(totals));
    expect(picks.filter((pick) => pick === 1)).toHaveLength(0);
    expect(picks.filter((pick) => pick === 2).length / picks.length).toBeCloseTo(0.75, 1);
  });

  it('rejects weights that cannot be drawn from', () => {
    expect(() => cumulative([0, 0])).toThrow(RangeError);
    expect(() => cumulative([1, -1])).toThrow(RangeError);
  });
});

describe('normalQuantile', () => {
  it('matches published quantiles of the standard normal', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
  });
});

describe('EvenSpread', () => {
  it('hits a proportion far more closely than random draws do', () => {
    const spread = new EvenSpread(new Random(5), 3);
    const points = draws(100, () => spread.next()[1]);
    expect(Math.abs(points.filter((u) => u < 0.93).length - 93)).toBeLessThanOrEqual(1);
  });
});
