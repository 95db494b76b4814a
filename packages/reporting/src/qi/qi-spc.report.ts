// A QI measure on its Making Data Count chart (docs/methods.md, "SPC (Making Data Count)"), with the PDSA cycles and
// annotations placed on the points they fall in.
import type { Assurance, SpcChart, SpcPoint, Variation } from '@hub/analytics';
import type { SqlRunner } from '../sql/sql.runner.js';
import type { ChartOptions, Placed, PlacedSuggestion } from '../spc/spc-chart.options.js';
import { qiMeasureChart } from './qi-measure-chart.report.js';
import type { QiMeasureBundle, QiMeasureRecord } from './qi.repository.js';

export { place } from '../spc/spc-chart.options.js';

/** The rule settings of a QI chart; a target given here replaces the measure's own. */
export type QiSpcOptions = Omit<ChartOptions, 'rebaseAt' | 'ghosted'>;

export interface QiSpcPoint extends SpcPoint {
  periodStart: string;
  ghosted: boolean;
  rebase: boolean;
}

export interface QiMeasureSpc {
  measure: QiMeasureRecord;
  chart: { kind: SpcChart['kind']; chartType: 'xmr' | 't'; variation: Variation | null; assurance: Assurance | null; suggestedRebase: PlacedSuggestion | null };
  points: QiSpcPoint[];
  cycles: (QiMeasureBundle['cycles'][number] & Placed)[];
  annotations: (QiMeasureBundle['annotations'][number] & Placed)[];
  reason: string | null;
}

/** The measure's chart as recorded: qiMeasureChart with no marks of the reader's. */
export const qiMeasureSpc = (runner: SqlRunner, measureId: number, options: QiSpcOptions = {}): Promise<QiMeasureSpc> =>
  qiMeasureChart(runner, measureId, options);
