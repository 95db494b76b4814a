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

function toAggregateRow(cell: AggregateCell, result: ReportedResult, labels: () => Promise<DimensionLabels>): AggregateRow {
  return Object.assign(new AggregateRow(), {
    ...toPeriod(cell.period, result.granularity),
    dimensions: result.dimensions.map((dimension) => {
      const key = dimensionKey(cell.dimensions[dimension]);
      const labelOf = async () => (await labels())[dimension]?.get(key) ?? key;
      return Object.assign(new DimensionValue(), { dimension: dimension as AggregateDimension, key, labelOf });
    }),
    values: toMeasureValues(cell, result.measures),
  });
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
function toPeriod(period: string | null, granularity: ReportedResult['granularity']): Pick<AggregateRow, 'period' | 'periodLabel'> {
  if (period === null || granularity === 'none') return { period: null, periodLabel: null };
  if (granularity === 'financialYear') return { period: financialYearRange(period).start, periodLabel: period };
  const label = granularity === 'week' ? weekLabel(period) : granularity === 'quarter' ? quarterLabel(period) : monthLabel(period);
  return { period, periodLabel: label };
}
