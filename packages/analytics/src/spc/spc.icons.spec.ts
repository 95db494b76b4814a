import { describe, expect, it } from 'vitest';
import { assuranceOf, specialCauseOf, variationOf } from './spc.icons.js';
import type { SegmentLines, Signal } from './spc.types.js';

const high: Signal[] = [{ rule: 'shift', side: 'high' }];
const low: Signal[] = [{ rule: 'singlePoint', side: 'low' }];
const conflict: Signal[] = [
  { rule: 'trend', side: 'high' },
  { rule: 'shift', side: 'low' },
];
const lines: SegmentLines = {
  centre: 12,
  upperLimit: 22.64,
  lowerLimit: 1.36,
  upperTwoSigma: 19.09,
  lowerTwoSigma: 4.91,
};

describe('specialCauseOf', () => {
  it('is null for a point with no signal', () => {
    expect(specialCauseOf([], 'increase', 'improvement')).toBeNull();
  });

  it('reads a high signal as improvement when up is good', () => {
    expect(specialCauseOf(high, 'increase', 'improvement')).toBe('improvement');
  });

  it('reads a high signal as concern when down is good', () => {
    expect(specialCauseOf(high, 'decrease', 'improvement')).toBe('concern');
  });

  it('reads any signal as neither without a good direction', () => {
    expect(specialCauseOf(low, 'neither', 'improvement')).toBe('neither');
  });

  it('settles a point with both kinds of signal by the conflict rule', () => {
    const preferImprovement = specialCauseOf(conflict, 'increase', 'improvement');
    const preferConcern = specialCauseOf(conflict, 'increase', 'concern');
    expect([preferImprovement, preferConcern]).toEqual(['improvement', 'concern']);
  });
});

describe('variationOf', () => {
  it.each([
    [high, 'increase', 'improvementHigh'],
    [low, 'increase', 'concernLow'],
    [low, 'decrease', 'improvementLow'],
    [high, 'decrease', 'concernHigh'],
    [high, 'neither', 'neitherHigh'],
    [low, 'neither', 'neitherLow'],
    [[], 'increase', 'commonCause'],
  ] as const)('gives %j with direction %s the icon %s', (signals, direction, icon) => {
    expect(variationOf(signals, direction, 'improvement')).toBe(icon);
  });
});

describe('assuranceOf', () => {
  it.each([
    ['increase', 1, 'pass'],
    ['increase', 1.36, 'pass'],
    ['increase', 12, 'hitOrMiss'],
    ['increase', 22.64, 'fail'],
    ['decrease', 23, 'pass'],
    ['decrease', 12, 'hitOrMiss'],
    ['decrease', 1, 'fail'],
  ] as const)('for %s with target %d gives %s', (direction, target, assurance) => {
    expect(assuranceOf(lines, target, direction)).toBe(assurance);
  });

  it('is null without a target', () => {
    expect(assuranceOf(lines, undefined, 'increase')).toBeNull();
  });

  it('is null when no direction is good', () => {
    expect(assuranceOf(lines, 5, 'neither')).toBeNull();
  });
});
