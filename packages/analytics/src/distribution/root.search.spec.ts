import { describe, expect, it } from 'vitest';
import { invertIncreasingCdf } from './root.search.js';

describe('invertIncreasingCdf', () => {
  it('inverts the exponential CDF: median ln 2', () => {
    expect(invertIncreasingCdf((x) => 1 - Math.exp(-x), 0.5, 1)).toBeCloseTo(Math.LN2, 12);
  });

  it('widens the bracket until it contains a far quantile', () => {
    expect(invertIncreasingCdf((x) => x / (x + 1), 0.999, 1)).toBeCloseTo(999, 6);
  });
});
