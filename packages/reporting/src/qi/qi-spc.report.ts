// A QI measure on its Making Data Count chart (docs/methods.md, "SPC (Making Data Count)"), with the PDSA cycles and
// annotations placed on the points they fall in.
import { tChart, xmrChart, type Assurance, type SpcChart, type SpcPoint, type Variation } from '@hub/analytics';
import { checkInteger, checkOneOf } from '../input/input.validate.js';
import { ReportingNotFoundError } from '../input/reporting.errors.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { loadQiMeasure, type QiMeasureBundle, type QiMeasureRecord } from './qi.repository.js';

export interface QiSpcOptions {
  /** Run length for a shift on an XmR chart, 6–8. Default 6. */
  shiftLength?: number;
  trendLength?: number;
  screenOutliers?: boolean;
  conflictRule?: 'improvement' | 'concern';
}

export interface QiSpcPoint extends SpcPoint {
  periodStart: string;
  ghosted: boolean;
  rebase: boolean;
}

/** `pointIndex` is the point whose period the date falls in; null before the first point. */
export interface Placed {
  pointIndex: number | null;
  periodStart: string | null;
}

export interface QiMeasureSpc {
  measure: QiMeasureRecord;
  chart: { kind: SpcChart['kind']; chartType: 'xmr' | 't'; variation: Variation | null; assurance: Assurance | null };
  points: QiSpcPoint[];
  cycles: (QiMeasureBundle['cycles'][number] & Placed)[];
  annotations: (QiMeasureBundle['annotations'][number] & Placed)[];
  reason: string | null;
}

export async function qiMeasureSpc(runner: SqlRunner, measureId: number, options: QiSpcOptions = {}): Promise<QiMeasureSpc> {
  const id = checkInteger(measureId, 'measureId', 1, 2_147_483_647);
  const settings = checkOptions(options);
  const bundle = await loadQiMeasure(runner, id);
  if (bundle === null) throw new ReportingNotFoundError('QI measure', id);
  const { measure, values } = bundle;
  const indexesWhere = (flag: 'ghosted' | 'rebase') => values.flatMap((value, i) => (value[flag] ? [i] : []));
  const draw = measure.chart === 't' ? tChart : xmrChart;
  const chart = draw(
    values.map((value) => value.value),
    {
      ...settings,
      direction: measure.direction,
      target: measure.target ?? undefined,
      ghosted: indexesWhere('ghosted'),
      rebaseAt: indexesWhere('rebase').filter((i) => i > 0),
    },
  );
  const starts = values.map((value) => value.periodStart);
  return {
    measure,
    chart: { kind: chart.kind, chartType: measure.chart, variation: chart.variation, assurance: chart.assurance },
    points: chart.points.map((point, i) => ({ ...point, periodStart: starts[i], ghosted: values[i].ghosted, rebase: values[i].rebase })),
    cycles: bundle.cycles.map((cycle) => ({ ...cycle, ...place(starts, cycle.startedOn) })),
    annotations: bundle.annotations.map((annotation) => ({ ...annotation, ...place(starts, annotation.notedOn) })),
    reason: values.length === 0 ? 'no values recorded' : chart.kind === 'run' ? 'fewer than 13 points: run chart with the median' : null,
  };
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

function checkOptions(options: QiSpcOptions): QiSpcOptions {
  const checked: QiSpcOptions = {};
  if (options.shiftLength !== undefined) checked.shiftLength = checkInteger(options.shiftLength, 'options.shiftLength', 6, 8);
  if (options.trendLength !== undefined) checked.trendLength = checkInteger(options.trendLength, 'options.trendLength', 6, 8);
  if (options.screenOutliers !== undefined) checked.screenOutliers = options.screenOutliers === true;
  if (options.conflictRule !== undefined) checked.conflictRule = checkOneOf(options.conflictRule, ['improvement', 'concern'] as const, 'options.conflictRule');
  return checked;
}
