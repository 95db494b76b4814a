import { describe, expect, it } from 'vitest';
import { tCdf, tQuantile } from './t.quantile.js';

// Published Student t table values (NIST/SEMATECH e-Handbook 1.3.6.7.2).
describe('tQuantile', () => {
  it('gives 2.228139 at 0.975 with 10 df', () => {
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228139, 6);
  });

  it('gives 12.7062 at 0.975 with 1 df', () => {
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
  });

  it('gives 3.182446 at 0.975 with 3 df', () => {
    expect(tQuantile(0.975, 3)).toBeCloseTo(3.182446, 6);
  });

  it('gives 4.032143 at 0.995 with 5 df', () => {
    expect(tQuantile(0.995, 5)).toBeCloseTo(4.032143, 6);
  });

  it('gives 2.042272 at 0.975 with 30 df', () => {
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042272, 6);
  });

  it('approaches the normal quantile with many degrees of freedom', () => {
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
  });

  it('is symmetric about zero', () => {
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228139, 6);
  });
});

describe('tCdf', () => {
  it('gives 0.75 at t = 1 with 1 df (Cauchy)', () => {
    expect(tCdf(1, 1)).toBeCloseTo(0.75, 12);
  });
});
