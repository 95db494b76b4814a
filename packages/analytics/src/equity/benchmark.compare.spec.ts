import { describe, expect, it } from 'vitest';
import { compareToBenchmark } from './benchmark.compare.js';

describe('compareToBenchmark', () => {
  it('is lower when the upper limit is below the comparator', () => {
    expect(compareToBenchmark({ lower: 0.1, upper: 0.19 }, 0.2)).toBe('lower');
  });

  it('is higher when the lower limit is above the comparator', () => {
    expect(compareToBenchmark({ lower: 0.21, upper: 0.3 }, 0.2)).toBe('higher');
  });

  it('is similar when the interval contains the comparator', () => {
    expect(compareToBenchmark({ lower: 0.1, upper: 0.3 }, 0.2)).toBe('similar');
  });

  it('is similar when a limit touches the comparator exactly', () => {
    expect(compareToBenchmark({ lower: 0.2, upper: 0.3 }, 0.2)).toBe('similar');
  });

  it('says better for higher when higher is good', () => {
    expect(compareToBenchmark({ lower: 0.21, upper: 0.3 }, 0.2, 'higher')).toBe('better');
  });

  it('says worse for higher when lower is good', () => {
    expect(compareToBenchmark({ lower: 0.21, upper: 0.3 }, 0.2, 'lower')).toBe('worse');
  });

  it('says better for lower when lower is good', () => {
    expect(compareToBenchmark({ lower: 0.1, upper: 0.19 }, 0.2, 'lower')).toBe('better');
  });

  it('is null without an interval', () => {
    expect(compareToBenchmark({ lower: null, upper: null }, 0.2)).toBeNull();
  });
});
