import { describe, expect, it } from 'vitest';
import { flagShifts, flagSinglePoints, flagTrends, flagTwoInThree, sideOf, type SignalBoard } from './spc.rules.js';
import type { SegmentLines } from './spc.types.js';

const boardFor = (values: readonly unknown[]): SignalBoard => values.map(() => []);
const indexes = (values: readonly unknown[]) => values.map((_, i) => i);
const flagged = (board: SignalBoard) => board.flatMap((signals, i) => (signals.length ? [i] : []));
// Centre 10, limits 16 / 4, 2σ lines 14 / 6.
const lines: SegmentLines = { centre: 10, upperLimit: 16, lowerLimit: 4, upperTwoSigma: 14, lowerTwoSigma: 6 };

describe('sideOf', () => {
  it('treats a value equal to the line up to rounding as on the line', () => {
    expect(sideOf(1.2, 1.2000000000000002)).toBe(0);
  });
});

describe('flagSinglePoints', () => {
  it('flags points strictly beyond either limit, not on it', () => {
    const values = [16, 16.5, 4, 3.9];
    const board = boardFor(values);
    flagSinglePoints(board, values, indexes(values), lines);
    expect(board).toEqual([[], [{ rule: 'singlePoint', side: 'high' }], [], [{ rule: 'singlePoint', side: 'low' }]]);
  });
});

describe('flagShifts', () => {
  it('flags all 6 points of a run of 6 below the centre', () => {
    const values = [11, 9, 8, 9, 7, 9, 8, 12];
    const board = boardFor(values);
    flagShifts(board, values, indexes(values), 10, 6);
    expect(flagged(board)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not flag a run of 5', () => {
    const values = [11, 9, 8, 9, 7, 9, 12];
    const board = boardFor(values);
    flagShifts(board, values, indexes(values), 10, 6);
    expect(flagged(board)).toEqual([]);
  });

  it('lets a point on the centre break the run', () => {
    const values = [9, 8, 9, 10, 7, 9, 8];
    const board = boardFor(values);
    flagShifts(board, values, indexes(values), 10, 6);
    expect(flagged(board)).toEqual([]);
  });
});

describe('flagTrends', () => {
  it('flags all 6 points of a rising trend, counting both end points', () => {
    const values = [5, 1, 2, 3, 4, 5, 6, 2];
    const board = boardFor(values);
    flagTrends(board, values, indexes(values), 6);
    expect(board.slice(1, 7).every((signals) => signals[0]?.side === 'high')).toBe(true);
    expect(flagged(board)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not flag 5 falling points when 6 are needed', () => {
    const values = [5, 4, 3, 2, 1];
    const board = boardFor(values);
    flagTrends(board, values, indexes(values), 6);
    expect(flagged(board)).toEqual([]);
  });

  it('lets an equal value break a trend', () => {
    const values = [1, 2, 3, 3, 4, 5, 6];
    const board = boardFor(values);
    flagTrends(board, values, indexes(values), 6);
    expect(flagged(board)).toEqual([]);
  });
});

describe('flagTwoInThree', () => {
  it('flags the two points beyond the upper 2σ line when the third is above the centre', () => {
    const values = [9, 15, 11, 14.5, 9];
    const board = boardFor(values);
    flagTwoInThree(board, values, indexes(values), lines);
    expect(flagged(board)).toEqual([1, 3]);
  });

  it('counts a point beyond the process limit (17 > 16) as beyond the 2σ line', () => {
    const values = [11, 15, 12, 17];
    const board = boardFor(values);
    flagTwoInThree(board, values, indexes(values), lines);
    expect(flagged(board)).toEqual([1, 3]);
  });

  it('does not fire with only one of three beyond the 2σ line', () => {
    const values = [11, 15, 12, 13];
    const board = boardFor(values);
    flagTwoInThree(board, values, indexes(values), lines);
    expect(flagged(board)).toEqual([]);
  });

  it('flags a point beyond the lower limit paired with one beyond the lower 2σ line', () => {
    const values = [11, 5, 7, 3];
    const board = boardFor(values);
    flagTwoInThree(board, values, indexes(values), lines);
    expect(board[1]).toEqual([{ rule: 'twoInThree', side: 'low' }]);
    expect(flagged(board)).toEqual([1, 3]);
  });

  it('does not fire when the third point of the window is on the other side of the centre', () => {
    const values = [15, 9, 15];
    const board = boardFor(values);
    flagTwoInThree(board, values, indexes(values), lines);
    expect(flagged(board)).toEqual([]);
  });
});
