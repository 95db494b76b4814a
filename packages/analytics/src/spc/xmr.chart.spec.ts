import { describe, expect, it } from 'vitest';
import { xmrChart } from './xmr.chart.js';
import type { SpcChart, SpcRule } from './spc.types.js';

const alternating = (pairs: number, low = 10, high = 14) => Array.from({ length: pairs }, () => [low, high]).flat();
const flaggedBy = (chart: SpcChart, rule: SpcRule) => chart.points.flatMap((point, i) => (point.rules.includes(rule) ? [i] : []));
const anyFlagged = (chart: SpcChart) => chart.points.flatMap((point, i) => (point.rules.length ? [i] : []));

// Alternating 10, 14 (14 points): mean 12, thirteen MRs of 4, limits 12 ± 10.64, 2σ 12 ± 7.0933.
const steady = alternating(7);

describe('xmrChart limits', () => {
  it('computes mean, limits and 2σ lines by hand for a steady series', () => {
    const point = xmrChart(steady).points[0];
    expect(point.mean).toBe(12);
    expect(point.upperLimit).toBeCloseTo(22.64, 10);
    expect(point.lowerLimit).toBeCloseTo(1.36, 10);
    expect(point.upperTwoSigma).toBeCloseTo(19.093333, 6);
    expect(point.lowerTwoSigma).toBeCloseTo(4.906667, 6);
  });

  it('finds only common cause in the steady series', () => {
    const chart = xmrChart(steady, { direction: 'increase' });
    expect([anyFlagged(chart), chart.variation]).toEqual([[], 'commonCause']);
  });

  it('gives limits equal to the mean, no signal and no NaN when all values are equal', () => {
    const chart = xmrChart(Array(15).fill(0.1), { direction: 'increase', target: 0.1 });
    expect(chart.points[0]).toEqual({
      value: 0.1,
      mean: 0.1,
      upperLimit: 0.1,
      lowerLimit: 0.1,
      upperTwoSigma: 0.1,
      lowerTwoSigma: 0.1,
      specialCause: null,
      conflict: false,
      rules: [],
    });
    expect([chart.kind, chart.variation, chart.assurance]).toEqual(['xmr', 'commonCause', 'pass']);
  });
});

describe('xmrChart minimum points', () => {
  it('draws a run chart with 12 usable points', () => {
    const chart = xmrChart(steady.slice(0, 12));
    expect([chart.kind, chart.points[0].mean, chart.points[0].upperLimit]).toEqual(['run', 12, null]);
  });

  it('draws an XmR chart with 13 usable points', () => {
    expect(xmrChart(steady.slice(0, 13)).kind).toBe('xmr');
  });

  it('counts only usable points: 13 values with one null is a run chart', () => {
    expect(xmrChart([...steady.slice(0, 12), null]).kind).toBe('run');
  });
});

describe('xmrChart single point', () => {
  // Twelve MRs of 4 and |40 − 10| = 30: mean MR 78/13 = 6; mean 194/14 = 13.857; UPL 13.857 + 15.96 = 29.817.
  const spike = [...alternating(6), 10, 40];

  it('flags only the point above the upper limit', () => {
    const chart = xmrChart(spike, { direction: 'increase' });
    expect(chart.points[0].upperLimit).toBeCloseTo(194 / 14 + 15.96, 10);
    expect(anyFlagged(chart)).toEqual([13]);
    expect(chart.points[13]).toMatchObject({ specialCause: 'improvement', rules: ['singlePoint'] });
  });

  it('screens the outlying moving range when asked: 30 ≥ 3.267 × 6, so mean MR becomes 4', () => {
    const chart = xmrChart(spike, { screenOutliers: true });
    expect(chart.points[0].upperLimit).toBeCloseTo(194 / 14 + 10.64, 10);
  });

  it('shows a high concern when down is good', () => {
    expect(xmrChart(spike, { direction: 'decrease' }).variation).toBe('concernHigh');
  });

  it('shows a low concern for a fall when up is good', () => {
    expect(
      xmrChart(
        spike.map((v) => -v),
        { direction: 'increase' },
      ).variation,
    ).toBe('concernLow');
  });

  it('shows neither high when no direction is good', () => {
    const chart = xmrChart(spike);
    expect([chart.variation, chart.points[13].specialCause]).toEqual(['neitherHigh', 'neither']);
  });
});

describe('xmrChart shift', () => {
  // Mean 200/16 = 12.5; indexes 7–12 (13, 15, …) are the only six in a row above it.
  it('flags exactly the 6 points of a shift of 6', () => {
    const series = [10, 14, 10, 14, 10, 14, 10, 13, 15, 13, 15, 13, 15, 10, 14, 10];
    expect(flaggedBy(xmrChart(series), 'shift')).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it('does not flag a run of 5 above the mean', () => {
    const series = [10, 14, 10, 14, 10, 14, 10, 13, 15, 13, 15, 13, 10, 14, 10, 14];
    expect(flaggedBy(xmrChart(series), 'shift')).toEqual([]);
  });

  // Sum 192 over 16 points: mean exactly 12, and index 10 sits on it.
  it('lets a point on the mean break a run that would otherwise be 7 long', () => {
    const series = [10, 14, 10, 14, 10, 14, 10, 13, 15, 13, 12, 13, 15, 13, 10, 6];
    const chart = xmrChart(series);
    expect([chart.points[0].mean, flaggedBy(chart, 'shift')]).toEqual([12, []]);
  });

  it('needs 7 when shiftLength is 7', () => {
    const series = [10, 14, 10, 14, 10, 14, 10, 13, 15, 13, 15, 13, 15, 10, 14, 10];
    expect(flaggedBy(xmrChart(series, { shiftLength: 7 }), 'shift')).toEqual([]);
  });

  it('rejects a shiftLength outside 6–8', () => {
    expect(() => xmrChart(steady, { shiftLength: 5 })).toThrow(RangeError);
  });
});

describe('xmrChart trend', () => {
  it('flags all 6 points of a rising trend, end points included', () => {
    const series = [10, 14, 10, 14, 9, 10, 11, 12, 13, 14, 10, 14, 10, 14];
    expect(flaggedBy(xmrChart(series), 'trend')).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('lets an equal value break the trend', () => {
    const series = [10, 14, 10, 14, 9, 10, 11, 11, 12, 13, 14, 10, 14, 10];
    expect(flaggedBy(xmrChart(series), 'trend')).toEqual([]);
  });
});

describe('xmrChart two in three', () => {
  // Mean 338/26 = 13; MRs sum 81 over 25, mean 3.24; UPL 21.6184, upper 2σ 18.7456.
  // Index 20 (20) is beyond 2σ, index 21 (14) above the mean, index 22 (28) beyond the limit.
  const base = alternating(10, 11, 13);

  it('flags the two qualifying points, including the one beyond the limit', () => {
    const chart = xmrChart([...base, 20, 14, 28, 12, 12, 12], { direction: 'increase' });
    expect(chart.points[0].upperTwoSigma).toBeCloseTo(18.7456, 4);
    expect(flaggedBy(chart, 'twoInThree')).toEqual([20, 22]);
    expect(chart.points[22].rules).toEqual(['singlePoint', 'twoInThree']);
  });

  it('does not fire when the middle point is below the mean', () => {
    const chart = xmrChart([...base, 20, 10, 28, 12, 12, 12]);
    expect(flaggedBy(chart, 'twoInThree')).toEqual([]);
  });
});

describe('xmrChart rebase', () => {
  // Period 1: eleven MRs of 4 and one of 2 → 46/12; mean 10. Period 2 the same around 20.
  const twoLevels = [...alternating(6, 8, 12), 10, ...alternating(6, 18, 22), 20];

  it('computes limits separately for each period', () => {
    const chart = xmrChart(twoLevels, { rebaseAt: [13] });
    expect([chart.points[12].mean, chart.points[13].mean]).toEqual([10, 20]);
    expect(chart.points[13].upperLimit).toBeCloseTo(20 + (2.66 * 46) / 12, 10);
  });

  it('leaves the jump between periods out of the moving ranges and finds no signal', () => {
    expect(anyFlagged(xmrChart(twoLevels, { rebaseAt: [13] }))).toEqual([]);
  });

  it('finds the step as a shift when the chart is not rebased', () => {
    expect(flaggedBy(xmrChart(twoLevels), 'shift')).toHaveLength(26);
  });
});

describe('xmrChart ghosted points and gaps', () => {
  // Seven 10s and six 14s are usable: mean 154/13. The range across index 5 runs from the 10
  // before it to the 10 after it (0), so the twelve ranges are eleven 4s and one 0: mean 44/12.
  it('leaves a ghosted point out of the mean and bridges the moving range across it', () => {
    const series = [10, 14, 10, 14, 10, 100, 10, 14, 10, 14, 10, 14, 10, 14];
    const chart = xmrChart(series, { ghosted: [5] });
    expect(chart.points[0].mean).toBeCloseTo(154 / 13, 12);
    expect(chart.points[0].upperLimit).toBeCloseTo(154 / 13 + (2.66 * 44) / 12, 10);
    expect(chart.points[0].lowerLimit).toBeCloseTo(154 / 13 - (2.66 * 44) / 12, 10);
  });

  it('shows the ghosted value with no signal', () => {
    const series = [10, 14, 10, 14, 10, 100, 10, 14, 10, 14, 10, 14, 10, 14];
    expect(xmrChart(series, { ghosted: [5] }).points[5]).toMatchObject({ value: 100, specialCause: null, rules: [] });
  });

  // A missing period is bridged like a ghost: 10 → (gap) → 10 is one range of 0.
  it('bridges a period with no value with one moving range', () => {
    const series = [10, 14, 10, 14, 10, 14, 10, null, 10, 14, 10, 14, 10, 14];
    const chart = xmrChart(series);
    expect(chart.points[7]).toMatchObject({ value: null, specialCause: null, rules: [] });
    expect(chart.points[0].upperLimit).toBeCloseTo(154 / 13 + (2.66 * 44) / 12, 10);
  });

  it('takes the variation icon from the last usable point', () => {
    const spike = [...alternating(6), 10, 40, null];
    expect(xmrChart(spike, { direction: 'increase', ghosted: [] }).variation).toBe('improvementHigh');
  });
});

describe('xmrChart assurance', () => {
  it.each([
    ['increase', 1, 'pass'],
    ['increase', 12, 'hitOrMiss'],
    ['increase', 23, 'fail'],
    ['decrease', 23, 'pass'],
    ['decrease', 12, 'hitOrMiss'],
    ['decrease', 1, 'fail'],
  ] as const)('for %s with target %d is %s (limits 1.36 to 22.64)', (direction, target, assurance) => {
    expect(xmrChart(steady, { direction, target }).assurance).toBe(assurance);
  });

  it('uses the limits of the last period', () => {
    const twoLevels = [...alternating(6, 8, 12), 10, ...alternating(6, 18, 22), 20];
    expect(xmrChart(twoLevels, { rebaseAt: [13], direction: 'increase', target: 9 }).assurance).toBe('pass');
  });

  it('is null without a target, with direction neither, and on a run chart', () => {
    const results = [
      xmrChart(steady, { direction: 'increase' }).assurance,
      xmrChart(steady, { target: 5 }).assurance,
      xmrChart(steady.slice(0, 12), { direction: 'increase', target: 5 }).assurance,
    ];
    expect(results).toEqual([null, null, null]);
  });
});

describe('xmrChart conflicting signals', () => {
  // A rising run below the mean (241/16 = 15.06) is a trend up (good) and a shift below and two
  // points under the lower 2σ line, 15.06 − ⅔ × 2.66 × mean MR (bad).
  const recovering = [...alternating(5, 20, 24), 1, 2, 3, 4, 5, 6];

  it('shows improvement by default, as the MDC tool, and marks the point as a conflict', () => {
    const point = xmrChart(recovering, { direction: 'increase' }).points[15];
    expect([point.specialCause, point.conflict, point.rules]).toEqual(['improvement', true, ['shift', 'trend', 'twoInThree']]);
  });

  it('marks no conflict where every signal points the same way, or the measure has no good direction', () => {
    const upward = xmrChart(recovering, { direction: 'increase' }).points[0];
    const neither = xmrChart(recovering, { direction: 'neither' }).points[15];
    expect([upward.conflict, neither.conflict, neither.specialCause]).toEqual([false, false, 'neither']);
  });

  it('shows concern when the conflict rule says so', () => {
    const chart = xmrChart(recovering, { direction: 'increase', conflictRule: 'concern' });
    expect(chart.points[15].specialCause).toBe('concern');
  });
});

describe('xmrChart run chart rules', () => {
  // Median of the 12 values is 5; indexes 3–8 are six in a row below it.
  it('flags a shift of 6 on one side of the median', () => {
    const chart = xmrChart([8, 9, 8, 1, 2, 1, 2, 1, 2, 9, 8, 9]);
    expect([chart.points[0].mean, flaggedBy(chart, 'shift')]).toEqual([5, [3, 4, 5, 6, 7, 8]]);
  });

  it('flags a trend of 5', () => {
    const chart = xmrChart([5, 3, 5, 1, 2, 3, 4, 6, 3, 5, 3, 5]);
    expect(flaggedBy(chart, 'trend')).toEqual([3, 4, 5, 6, 7]);
  });

  it('has no limits, so never flags a single point or two-in-three', () => {
    const chart = xmrChart([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 100]);
    expect(chart.points[11].rules).toEqual([]);
  });

  // The last point (5) is in no run, yet the shift at 3–8 is flagged: a "common cause" icon
  // beside flagged points would mislead, and the MDC tool shows no icon on a run chart.
  it('carries no variation or assurance icon, though points are flagged', () => {
    const chart = xmrChart([8, 9, 8, 1, 2, 1, 2, 1, 2, 9, 8, 9], { direction: 'increase', target: 5 });
    expect([chart.variation, chart.assurance, chart.points[3].specialCause]).toEqual([null, null, 'concern']);
  });
});

describe('xmrChart empty input', () => {
  it('returns an empty run chart with no icons', () => {
    expect(xmrChart([])).toEqual({ kind: 'run', points: [], variation: null, assurance: null });
  });

  it('gives null lines, not NaN, for a series of nulls', () => {
    expect(xmrChart([null, null]).points[0]).toMatchObject({ mean: null, upperLimit: null });
  });
});
