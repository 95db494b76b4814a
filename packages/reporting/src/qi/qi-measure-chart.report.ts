// A QI measure's chart with limits rebased and points ghosted where a user marks them while
// exploring (docs/methods.md, "SPC (Making Data Count)": nothing is rebased automatically), on top of the marks recorded
// with the values. Without marks it is exactly qiMeasureSpc.
import { tChart, xmrChart } from '@hub/analytics';
import { checkBoolean, checkInteger, checkIsoDate, checkList, checkOneOf } from '../input/input.validate.js';
import { ReportingNotFoundError } from '../input/reporting.errors.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { place, qiMeasureSpc, type QiMeasureSpc, type QiSpcOptions } from './qi-spc.report.js';
import { loadQiMeasure } from './qi.repository.js';

export interface QiChartOptions extends QiSpcOptions {
  /** Dates in the periods where limits are recalculated from; a date before the first period marks nothing. */
  rebaseAt?: string[];
  /** Dates in the periods to show but leave out of the calculations. */
  ghosted?: string[];
}

export async function qiMeasureChart(runner: SqlRunner, measureId: number, options: QiChartOptions = {}): Promise<QiMeasureSpc> {
  const { rebaseAt, ghosted, ...spcOptions } = options;
  const marks = {
    rebase: checkList(rebaseAt, 'options.rebaseAt', checkIsoDate),
    ghosted: checkList(ghosted, 'options.ghosted', checkIsoDate),
  };
  if (marks.rebase.length === 0 && marks.ghosted.length === 0) return qiMeasureSpc(runner, measureId, spcOptions);
  const settings = checkSettings(spcOptions);
  const id = checkInteger(measureId, 'measureId', 1, 2_147_483_647);
  const bundle = await loadQiMeasure(runner, id);
  if (bundle === null) throw new ReportingNotFoundError('QI measure', id);
  const starts = bundle.values.map((value) => value.periodStart);
  const marked = (dates: string[]) => new Set(dates.flatMap((date) => place(starts, date).pointIndex ?? []));
  const rebased = marked(marks.rebase);
  const ghostedPoints = marked(marks.ghosted);
  const values = bundle.values.map((value, i) => ({ ...value, rebase: value.rebase || rebased.has(i), ghosted: value.ghosted || ghostedPoints.has(i) }));
  const indexesWhere = (flag: 'ghosted' | 'rebase') => values.flatMap((value, i) => (value[flag] ? [i] : []));
  const draw = bundle.measure.chart === 't' ? tChart : xmrChart;
  const chart = draw(
    values.map((value) => value.value),
    {
      ...settings,
      direction: bundle.measure.direction,
      target: bundle.measure.target ?? undefined,
      ghosted: indexesWhere('ghosted'),
      rebaseAt: indexesWhere('rebase').filter((i) => i > 0),
    },
  );
  return {
    measure: bundle.measure,
    chart: { kind: chart.kind, chartType: bundle.measure.chart, variation: chart.variation, assurance: chart.assurance },
    points: chart.points.map((point, i) => ({ ...point, periodStart: starts[i], ghosted: values[i].ghosted, rebase: values[i].rebase })),
    cycles: bundle.cycles.map((cycle) => ({ ...cycle, ...place(starts, cycle.startedOn) })),
    annotations: bundle.annotations.map((annotation) => ({ ...annotation, ...place(starts, annotation.notedOn) })),
    reason: values.length === 0 ? 'no values recorded' : chart.kind === 'run' ? 'fewer than 13 points: run chart with the median' : null,
  };
}

function checkSettings(options: QiSpcOptions): QiSpcOptions {
  const checked: QiSpcOptions = {};
  if (options.shiftLength !== undefined) checked.shiftLength = checkInteger(options.shiftLength, 'options.shiftLength', 6, 8);
  if (options.trendLength !== undefined) checked.trendLength = checkInteger(options.trendLength, 'options.trendLength', 6, 8);
  if (options.screenOutliers !== undefined) checked.screenOutliers = checkBoolean(options.screenOutliers, 'options.screenOutliers');
  if (options.conflictRule !== undefined) checked.conflictRule = checkOneOf(options.conflictRule, ['improvement', 'concern'] as const, 'options.conflictRule');
  return checked;
}
