// A monthly series of published values on an XmR chart, with the reader's options applied
// (docs/methods.md, "SPC (Making Data Count)"). Shared by the service charts and aggregateSpc.
import { xmrChart, type Assurance, type SpcChart, type SpcDirection, type SpcPoint, type Variation } from '@hub/analytics';
import { checkOneOf } from '../input/input.validate.js';
import { checkChartOptions, markedPoints, placeSuggestion, type ChartOptions, type PlacedSuggestion } from './spc-chart.options.js';

/** A month's published value: a count, a summary, or a share with its Wilson interval. */
export interface MonthValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The Wilson interval of a share; null otherwise. */
  lower95: number | null;
  upper95: number | null;
  reason: string | null;
}

export interface MonthlySpcPoint extends SpcPoint, MonthValue {
  month: string;
  ghosted: boolean;
  rebase: boolean;
}

export interface MonthlySpc {
  definition: string;
  direction: SpcDirection;
  chart: { kind: SpcChart['kind']; variation: Variation | null; assurance: Assurance | null; suggestedRebase: PlacedSuggestion | null };
  points: MonthlySpcPoint[];
}

export function monthlySpc(
  months: readonly string[],
  shown: readonly MonthValue[],
  definition: string,
  direction: SpcDirection,
  options: ChartOptions = {},
): MonthlySpc {
  const checked = checkChartOptions(options);
  const good = checkOneOf(direction, ['increase', 'decrease', 'neither'] as const, 'direction');
  const marks = markedPoints(months, checked);
  const chart = xmrChart(
    shown.map((month) => month.value),
    { ...checked.settings, ...marks, direction: good },
  );
  return {
    definition,
    direction: good,
    chart: { kind: chart.kind, variation: chart.variation, assurance: chart.assurance, suggestedRebase: placeSuggestion(months, chart.suggestedRebase) },
    points: chart.points.map((point, i) => ({
      ...point,
      ...shown[i],
      month: months[i],
      ghosted: marks.ghosted.includes(i),
      rebase: marks.rebaseAt.includes(i),
    })),
  };
}
