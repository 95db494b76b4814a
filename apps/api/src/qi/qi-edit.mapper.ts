import type { ChartMarkRow, ProgressScoreRow, ValueHistoryRow } from './qi-edit.repository.js';
import { ProgressScoreChange, QiChartMark, QiChartSettings, QiMeasureValueChange } from './qi-edit.type.js';

const toMark = (row: ChartMarkRow): QiChartMark => Object.assign(new QiChartMark(), { at: row.at, reason: row.reason });

export const toChartSettings = (rows: readonly ChartMarkRow[], target: number | null): QiChartSettings =>
  Object.assign(new QiChartSettings(), {
    rebases: rows.filter((row) => row.kind === 'rebase').map(toMark),
    ghosts: rows.filter((row) => row.kind === 'ghost').map(toMark),
    target,
  });

export const toValueChange = (row: ValueHistoryRow): QiMeasureValueChange =>
  Object.assign(new QiMeasureValueChange(), {
    periodStart: row.period_start,
    oldValue: row.old_value,
    newValue: row.new_value,
    changedAt: new Date(row.changed_at),
    changedBy: row.changed_by,
    reason: row.reason,
  });

export const toProgressScoreChange = (row: ProgressScoreRow): ProgressScoreChange =>
  Object.assign(new ProgressScoreChange(), { scoredOn: row.scored_on, score: row.score });
