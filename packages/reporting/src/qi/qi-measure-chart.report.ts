// A QI measure's chart with the marks recorded with its values, and on top of them limits rebased
// and points ghosted where a user marks them while exploring: nothing is rebased automatically
// (docs/methods.md, "SPC (Making Data Count)"). Without the user's marks it is the chart as recorded.
import { tChart, xmrChart } from '@hub/analytics';
import { checkInteger } from '../input/input.validate.js';
import { ReportingNotFoundError } from '../input/reporting.errors.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { checkChartOptions, markedPoints, place, placeSuggestion, type ChartOptions } from '../spc/spc-chart.options.js';
import type { QiMeasureSpc } from './qi-spc.report.js';
import { loadQiMeasure } from './qi.repository.js';

export type QiChartOptions = ChartOptions;

export async function qiMeasureChart(runner: SqlRunner, measureId: number, options: QiChartOptions = {}): Promise<QiMeasureSpc> {
  const id = checkInteger(measureId, 'measureId', 1, 2_147_483_647);
  const checked = checkChartOptions(options);
  const bundle = await loadQiMeasure(runner, id);
  if (bundle === null) throw new ReportingNotFoundError('QI measure', id);
  const starts = bundle.values.map((value) => value.periodStart);
  const marks = markedPoints(starts, checked);
  const values = bundle.values.map((value, i) => ({
    ...value,
    rebase: value.rebase || marks.rebaseAt.includes(i),
    ghosted: value.ghosted || marks.ghosted.includes(i),
  }));
  const indexesWhere = (flag: 'ghosted' | 'rebase') => values.flatMap((value, i) => (value[flag] ? [i] : []));
  const draw = bundle.measure.chart === 't' ? tChart : xmrChart;
  const chart = draw(
    values.map((value) => value.value),
    {
      target: bundle.measure.target ?? undefined,
      ...checked.settings,
      direction: bundle.measure.direction,
      ghosted: indexesWhere('ghosted'),
      rebaseAt: indexesWhere('rebase').filter((i) => i > 0),
    },
  );
  return {
    measure: bundle.measure,
    chart: {
      kind: chart.kind,
      chartType: bundle.measure.chart,
      variation: chart.variation,
      assurance: chart.assurance,
      suggestedRebase: placeSuggestion(starts, chart.suggestedRebase),
    },
    points: chart.points.map((point, i) => ({ ...point, periodStart: starts[i], ghosted: values[i].ghosted, rebase: values[i].rebase })),
    cycles: bundle.cycles.map((cycle) => ({ ...cycle, ...place(starts, cycle.startedOn) })),
    annotations: bundle.annotations.map((annotation) => ({ ...annotation, ...place(starts, annotation.notedOn) })),
    reason: values.length === 0 ? 'no values recorded' : chart.kind === 'run' ? 'fewer than 13 points: run chart with the median' : null,
  };
}
