// The reading options every SPC chart accepts, checked once (docs/methods.md, "SPC (Making Data Count)").
import type { RebaseSuggestion, SpcOptions } from '@hub/analytics';
import { checkBoolean, checkInteger, checkIsoDate, checkList, checkOneOf } from '../input/input.validate.js';
import { ReportingInputError } from '../input/reporting.errors.js';

/** What a reader chooses on a chart; a date marks the period that holds it. */
export interface ChartOptions {
  /** Dates in the periods where the limits are recalculated from; nothing is rebased automatically. */
  rebaseAt?: string[];
  /** Dates in the periods to show but leave out of the calculations. */
  ghosted?: string[];
  /** A target in the chart's unit, in place of the one recorded with the measure or KPI. */
  target?: number;
  shiftLength?: number;
  trendLength?: number;
  screenOutliers?: boolean;
  conflictRule?: 'improvement' | 'concern';
}

type ChartSettings = Pick<SpcOptions, 'target' | 'shiftLength' | 'trendLength' | 'screenOutliers' | 'conflictRule'>;

export interface CheckedChartOptions {
  rebaseAt: string[];
  ghosted: string[];
  settings: ChartSettings;
}

/** Every option checked, each error naming its field as `options.<name>`. */
export function checkChartOptions(options: ChartOptions = {}): CheckedChartOptions {
  const settings: ChartSettings = {};
  if (options.target !== undefined && options.target !== null) {
    if (typeof options.target !== 'number' || !Number.isFinite(options.target)) throw new ReportingInputError('options.target', 'must be a finite number');
    settings.target = options.target;
  }
  if (options.shiftLength !== undefined) settings.shiftLength = checkInteger(options.shiftLength, 'options.shiftLength', 6, 8);
  if (options.trendLength !== undefined) settings.trendLength = checkInteger(options.trendLength, 'options.trendLength', 6, 8);
  if (options.screenOutliers !== undefined) settings.screenOutliers = checkBoolean(options.screenOutliers, 'options.screenOutliers');
  if (options.conflictRule !== undefined) settings.conflictRule = checkOneOf(options.conflictRule, ['improvement', 'concern'] as const, 'options.conflictRule');
  return {
    rebaseAt: checkList(options.rebaseAt, 'options.rebaseAt', checkIsoDate),
    ghosted: checkList(options.ghosted, 'options.ghosted', checkIsoDate),
    settings,
  };
}

/**
 * The rebase and ghosted point indexes the dates mark on a chart whose periods start on these
 * days; a date before the first period marks nothing, and a rebase at the first point is no rebase.
 */
export function markedPoints(periodStarts: readonly string[], options: CheckedChartOptions): Required<Pick<SpcOptions, 'rebaseAt' | 'ghosted'>> {
  const marked = (dates: string[]) => [...new Set(dates.flatMap((date) => place(periodStarts, date).pointIndex ?? []))].sort((a, b) => a - b);
  return { rebaseAt: marked(options.rebaseAt).filter((index) => index > 0), ghosted: marked(options.ghosted) };
}

/** A suggested rebase placed at the first day of its period. */
export interface PlacedSuggestion extends Omit<RebaseSuggestion, 'index'> {
  periodStart: string;
}

export const placeSuggestion = (periodStarts: readonly string[], suggestion: RebaseSuggestion | null): PlacedSuggestion | null =>
  suggestion === null ? null : { periodStart: periodStarts[suggestion.index], side: suggestion.side, length: suggestion.length };

/** `pointIndex` is the point whose period the date falls in; null before the first point. */
export interface Placed {
  pointIndex: number | null;
  periodStart: string | null;
}

/** The last period starting on or before the date (ISO dates compare as text). */
export function place(periodStarts: readonly string[], date: string): Placed {
  let low = 0;
  let high = periodStarts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (periodStarts[middle] <= date) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? { pointIndex: null, periodStart: null } : { pointIndex: low - 1, periodStart: periodStarts[low - 1] };
}
