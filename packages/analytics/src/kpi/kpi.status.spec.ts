import { describe, expect, it } from 'vitest';
import { kpiStatus } from './kpi.status.js';

describe('kpiStatus when higher is better', () => {
  it('is green at the target', () => {
    expect(kpiStatus({ actual: 80, target: 80, direction: 'higher', tolerance: 5 }).rag).toBe('green');
  });

  it('is amber exactly at the edge of the tolerance', () => {
    expect(kpiStatus({ actual: 75, target: 80, direction: 'higher', tolerance: 5 }).rag).toBe('amber');
  });

  it('is red beyond the tolerance', () => {
    expect(kpiStatus({ actual: 74, target: 80, direction: 'higher', tolerance: 5 })).toEqual({
      rag: 'red',
      reason: 'short of target by 6, beyond tolerance 5',
    });
  });

  it('is red for any shortfall when no tolerance is given', () => {
    expect(kpiStatus({ actual: 79, target: 80, direction: 'higher' }).rag).toBe('red');
  });
});

describe('kpiStatus when lower is better', () => {
  it('is green below the target', () => {
    expect(kpiStatus({ actual: 10, target: 14, direction: 'lower', tolerance: 2 }).rag).toBe('green');
  });

  it('is amber above the target within tolerance', () => {
    expect(kpiStatus({ actual: 16, target: 14, direction: 'lower', tolerance: 2 }).rag).toBe('amber');
  });

  it('is red above the target beyond tolerance', () => {
    expect(kpiStatus({ actual: 17, target: 14, direction: 'lower', tolerance: 2 }).rag).toBe('red');
  });
});

describe('kpiStatus with missing figures', () => {
  it('gives null with a reason when the actual is missing', () => {
    expect(kpiStatus({ actual: null, target: 80, direction: 'higher' })).toEqual({
      rag: null,
      reason: 'no actual value for the period',
    });
  });

  it('gives null with a reason when the target is missing', () => {
    expect(kpiStatus({ actual: 70, target: undefined, direction: 'higher' })).toEqual({
      rag: null,
      reason: 'no target set',
    });
  });

  it('throws RangeError for a negative tolerance', () => {
    expect(() => kpiStatus({ actual: 1, target: 2, direction: 'higher', tolerance: -1 })).toThrow(RangeError);
  });
});
