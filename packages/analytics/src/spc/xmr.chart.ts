// XmR chart with Making Data Count rules, falling back to a run chart below
// 13 usable points (docs/methods.md, "SPC (Making Data Count)").
import { assertFinite } from '../common/input.guard.js';
import { runLines, xmrLines } from './spc.limits.js';
import { flagShifts, flagSinglePoints, flagTrends, flagTwoInThree, type SignalBoard } from './spc.rules.js';
import { allUsableIndexes, layoutSeries, type SeriesLayout } from './spc.series.js';
import { assuranceOf, signalsConflict, specialCauseOf, variationOf } from './spc.icons.js';
import type { SegmentLines, SpcChart, SpcOptions, SpcPoint, SpcRule } from './spc.types.js';

export const MINIMUM_XMR_POINTS = 13;
const RUN_CHART_SHIFT = 6;
const RUN_CHART_TREND = 5;
const RULE_ORDER: readonly SpcRule[] = ['singlePoint', 'shift', 'trend', 'twoInThree'];

/**
 * Limits are computed per rebase period. Shift and two-in-three look within a
 * period; a trend may run across periods, as in the MDC SQL tool. Nulls and
 * ghosted points are left out of every calculation but keep their slot.
 */
export function xmrChart(values: readonly (number | null)[], options: SpcOptions = {}): SpcChart {
  const settings = resolveSettings(options);
  const layout = layoutSeries(values, options);
  const kind = allUsableIndexes(layout).length < MINIMUM_XMR_POINTS ? 'run' : 'xmr';
  const lines = layout.segments.map((segment) => (kind === 'xmr' ? xmrLines(layout, segment, settings.screenOutliers) : runLines(layout, segment)));
  const board = kind === 'xmr' ? xmrSignals(layout, lines, settings) : runSignals(layout, lines);
  const points = values.map((value, index): SpcPoint => {
    const segmentLines = lines[layout.segmentOf[index]];
    const signals = layout.usable[index] ? board[index] : [];
    return {
      value,
      mean: segmentLines.centre,
      upperLimit: segmentLines.upperLimit,
      lowerLimit: segmentLines.lowerLimit,
      upperTwoSigma: segmentLines.upperTwoSigma,
      lowerTwoSigma: segmentLines.lowerTwoSigma,
      specialCause: specialCauseOf(signals, settings.direction, settings.conflictRule),
      conflict: signalsConflict(signals, settings.direction),
      rules: RULE_ORDER.filter((rule) => signals.some((signal) => signal.rule === rule)),
    };
  });
  const last = allUsableIndexes(layout).at(-1);
  const lastSignals = last === undefined ? [] : board[last];
  const lastLines = last === undefined ? null : lines[layout.segmentOf[last]];
  return {
    kind,
    points,
    // The MDC SQL tool removes both icons below its minimum number of points: a run chart shows
    // its flagged points, but no summary icon that could read "common cause" beside them.
    variation: kind === 'xmr' ? variationOf(lastSignals, settings.direction, settings.conflictRule) : null,
    assurance: kind === 'xmr' ? assuranceOf(lastLines, settings.target, settings.direction) : null,
  };
}

type SettingName = 'direction' | 'shiftLength' | 'trendLength' | 'screenOutliers' | 'conflictRule';
type Settings = Required<Pick<SpcOptions, SettingName>> & Pick<SpcOptions, 'target'>;

function resolveSettings(options: SpcOptions): Settings {
  const settings = {
    direction: options.direction ?? 'neither',
    target: options.target,
    shiftLength: options.shiftLength ?? 6,
    trendLength: options.trendLength ?? 6,
    screenOutliers: options.screenOutliers ?? false,
    conflictRule: options.conflictRule ?? 'improvement',
  };
  assertRuleLength(settings.shiftLength, 'shiftLength');
  assertRuleLength(settings.trendLength, 'trendLength');
  if (settings.target !== undefined) assertFinite(settings.target, 'target');
  return settings;
}

// The MDC tool warns outside 6–8: shorter runs fire by chance too often.
function assertRuleLength(length: number, name: string): void {
  if (!Number.isInteger(length) || length < 6 || length > 8) {
    throw new RangeError(`${name} must be a whole number from 6 to 8, got ${length}`);
  }
}

function xmrSignals(layout: SeriesLayout, lines: readonly SegmentLines[], settings: Settings): SignalBoard {
  const board: SignalBoard = layout.values.map(() => []);
  layout.segments.forEach((segment, s) => {
    flagSinglePoints(board, layout.values, segment, lines[s]);
    flagShifts(board, layout.values, segment, lines[s].centre, settings.shiftLength);
    flagTwoInThree(board, layout.values, segment, lines[s]);
  });
  flagTrends(board, layout.values, allUsableIndexes(layout), settings.trendLength);
  return board;
}

function runSignals(layout: SeriesLayout, lines: readonly SegmentLines[]): SignalBoard {
  const board: SignalBoard = layout.values.map(() => []);
  layout.segments.forEach((segment, s) => {
    flagShifts(board, layout.values, segment, lines[s].centre, RUN_CHART_SHIFT);
  });
  flagTrends(board, layout.values, allUsableIndexes(layout), RUN_CHART_TREND);
  return board;
}
