import { financialYearRange, monthLabel, quarterLabel, weekLabel } from '@hub/analytics';
import {
  SUPPRESSED,
  SUPPRESSED_MEAN,
  dimensionKey,
  type AggregateCell,
  type AggregateResult as ReportedResult,
  type DimensionLabels,
  type ReportedValue,
} from '@hub/reporting';
import { finite } from '../common/figure.mapper.js';
import type { AggregateDimension, AggregateMeasure } from './aggregate-analytics.enums.js';
import { AggregateResult, AggregateRow, DimensionValue, MeasureValue } from './aggregate-analytics.type.js';

/** `labels` is called only when a label is asked for: most dashboard queries ask for keys alone. */
export function toAggregateResult(result: ReportedResult, labels: () => Promise<DimensionLabels>): AggregateResult {
  return Object.assign(new AggregateResult(), {
    rows: result.rows.map((cell) => toAggregateRow(cell, result, labels)),
    totals: toMeasureValues(result.total, result.measures),
    totalsNote: result.totalsNote,
  });
}

/**
 * Built field by field, with no closure per cell: an aggregate can have thousands of cells,
 * and the mapping's allocations were a large part of each answer's time
 * (docs/methods.md, "How fast the API answers").
 */
function toAggregateRow(cell: AggregateCell, result: ReportedResult, labels: () => Promise<DimensionLabels>): AggregateRow {
  const row = new AggregateRow();
  setPeriod(row, cell.period, result.granularity);
  row.dimensions = result.dimensions.map((dimension) => {
    const value = new DimensionValue();
    value.dimension = dimension as AggregateDimension;
    value.key = dimensionKey(cell.dimensions[dimension]);
    value.labels = labels;
    return value;
  });
  row.values = toMeasureValues(cell, result.measures);
  return row;
}

const toMeasureValues = (cell: AggregateCell, measures: ReportedResult['measures']): MeasureValue[] =>
  measures.map((measure) => toMeasureValue(measure, cell.measures[measure] ?? { value: null, reason: 'not computed' }));

const toMeasureValue = (measure: string, shown: ReportedValue): MeasureValue =>
  Object.assign(new MeasureValue(), {
    measure: measure as AggregateMeasure,
    value: finite(shown.value),
    suppressed: shown.reason === SUPPRESSED || shown.reason === SUPPRESSED_MEAN,
    reason: shown.reason,
  });

/** Reporting writes a financial-year bucket as '2019/20' and the others as their first day. */
function setPeriod(row: AggregateRow, period: string | null, granularity: ReportedResult['granularity']): void {
  if (period === null || granularity === 'none') {
    row.period = null;
    row.periodLabel = null;
  } else if (granularity === 'financialYear') {
    row.period = financialYearRange(period).start;
    row.periodLabel = period;
  } else {
    row.period = period;
    row.periodLabel = granularity === 'week' ? weekLabel(period) : granularity === 'quarter' ? quarterLabel(period) : monthLabel(period);
  }
}
