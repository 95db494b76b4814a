// Special-cause rules of the MDC SQL tool v2.6 (docs/methods.md, "SPC (Making Data Count)"). Each detector
// flags EVERY point that takes part in a signal. Sequences run over usable
// points only, so a null or ghosted point neither breaks nor extends a run.
import type { SegmentLines, Side, Signal, SpcRule } from './spc.types.js';

/** Signals found so far, one list per point of the series. */
export type SignalBoard = Signal[][];

type Values = readonly (number | null)[];

// A relative tolerance so a value equal to a computed mean up to rounding
// (e.g. 1.2 against 1.2000000000000002) counts as on the line, not beside it.
const ON_LINE_TOLERANCE = 1e-9;

/** +1 above the line, −1 below it, 0 on it. */
export function sideOf(value: number, line: number): number {
  const tolerance = ON_LINE_TOLERANCE * Math.max(Math.abs(value), Math.abs(line));
  if (Math.abs(value - line) <= tolerance) return 0;
  return value > line ? 1 : -1;
}

/** A point strictly beyond a process limit. */
export function flagSinglePoints(board: SignalBoard, values: Values, segment: readonly number[], lines: SegmentLines): void {
  const { upperLimit, lowerLimit } = lines;
  if (upperLimit === null || lowerLimit === null) return;
  for (const index of segment) {
    const value = values[index] as number;
    if (sideOf(value, upperLimit) > 0) add(board, index, 'singlePoint', 'high');
    if (sideOf(value, lowerLimit) < 0) add(board, index, 'singlePoint', 'low');
  }
}

/** `length` or more points in a row on one side of the centre; a point on the centre breaks it. */
export function flagShifts(board: SignalBoard, values: Values, segment: readonly number[], centre: number | null, length: number): void {
  if (centre === null) return;
  const sides = segment.map((index) => sideOf(values[index] as number, centre));
  forEachRun(sides, length, (from, to, side) => {
    for (let k = from; k <= to; k++) add(board, segment[k], 'shift', side);
  });
}

/**
 * `length` or more points in a row each higher (or each lower) than the one
 * before, counting both end points; an equal value breaks the trend. Runs
 * across rebase periods, as in the MDC SQL tool.
 */
export function flagTrends(board: SignalBoard, values: Values, usable: readonly number[], length: number): void {
  // steps[k] compares point k + 1 with point k, so a run of s steps spans s + 1 points.
  const value = (index: number) => values[index] as number;
  const steps = usable.slice(1).map((index, k) => Math.sign(value(index) - value(usable[k])));
  forEachRun(steps, length - 1, (from, to, side) => {
    for (let k = from; k <= to + 1; k++) add(board, usable[k], 'trend', side);
  });
}

/**
 * Two or three of three consecutive points beyond the same 2σ line, all three
 * on that side of the mean (as the MDC SQL tool requires). Points beyond the
 * process limit count. Only the points beyond the 2σ line are flagged.
 */
export function flagTwoInThree(board: SignalBoard, values: Values, segment: readonly number[], lines: SegmentLines): void {
  const { centre, upperTwoSigma, lowerTwoSigma } = lines;
  if (centre === null || upperTwoSigma === null || lowerTwoSigma === null) return;
  const value = (index: number) => values[index] as number;
  const sides = [
    ['high', upperTwoSigma, 1],
    ['low', lowerTwoSigma, -1],
  ] as const;
  for (let start = 0; start + 2 < segment.length; start++) {
    const window = segment.slice(start, start + 3);
    for (const [side, line, sign] of sides) {
      if (!window.every((index) => sideOf(value(index), centre) === sign)) continue;
      const beyond = window.filter((index) => sideOf(value(index), line) === sign);
      if (beyond.length >= 2) beyond.forEach((index) => add(board, index, 'twoInThree', side));
    }
  }
}

// Calls back for each maximal run of equal non-zero signs at least minLength long.
function forEachRun(signs: readonly number[], minLength: number, onRun: (from: number, to: number, side: Side) => void): void {
  let from = 0;
  for (let k = 1; k <= signs.length; k++) {
    if (k < signs.length && signs[k] === signs[from]) continue;
    if (signs[from] !== 0 && k - from >= minLength) onRun(from, k - 1, signs[from] > 0 ? 'high' : 'low');
    from = k;
  }
}

function add(board: SignalBoard, index: number, rule: SpcRule, side: Side): void {
  const signals = board[index];
  if (!signals.some((signal) => signal.rule === rule && signal.side === side)) signals.push({ rule, side });
}
