import { describe, expect, it } from 'vitest';
import { assertCount, assertFinite, assertNonNegative, assertProbability } from './input.guard.js';

describe('input guards', () => {
  it('rejects Infinity as not finite', () => {
    expect(() => assertFinite(Number.POSITIVE_INFINITY, 'x')).toThrow(RangeError);
  });

  it('rejects a negative value', () => {
    expect(() => assertNonNegative(-0.1, 'x')).toThrow(/must not be negative/);
  });

  it('rejects a fractional count', () => {
    expect(() => assertCount(1.5, 'x')).toThrow(/whole number/);
  });

  it('accepts zero as a count', () => {
    expect(() => assertCount(0, 'x')).not.toThrow();
  });

  it('rejects a probability of exactly 0', () => {
    expect(() => assertProbability(0, 'p')).toThrow(RangeError);
  });
});
