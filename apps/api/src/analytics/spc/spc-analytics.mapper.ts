import { monthLabel, type Assurance, type SpcDirection, type SpcPoint as ChartedPoint, type Variation } from '@hub/analytics';
import type { InvolvementMonth, QiMeasureSpc, ServiceSpc } from '@hub/reporting';
import type { MeasureDirection } from '../../qi/qi.enums.js';
import { finite } from '../common/figure.mapper.js';
import { Proportion } from '../common/figure.type.js';
import type { AssuranceIcon, SpcRule, SpecialCause, VariationIcon } from './spc-analytics.enums.js';
import { SpcChartKind } from './spc-analytics.enums.js';
import { InvolvementPoint, SpcChart, SpcPdsaMarker, SpcPoint } from './spc-analytics.type.js';

/** A charted point with what the chart's source knows about its period. */
export interface PlacedPoint extends Partial<Pick<SpcPoint, 'ghosted' | 'rebase' | 'lower' | 'upper' | 'numerator' | 'denominator' | 'annotations' | 'pdsaCycles'>> {
  period: string;
  label: string;
  point: ChartedPoint;
}

/** A PDSA cycle on a chart, with the period of the point it falls in (null before the first). */
export interface MarkerShape {
  cycleId: string; projectId: string; projectTitle: string; sequence: number; changeIdea: string;
  startedOn: string; endedOn: string | null; period: string | null;
}

export interface ChartShape {
  pdsaMarkers?: MarkerShape[];
  kind: SpcChartKind;
  direction: SpcDirection;
  target: number | null;
  variation: Variation;
  assurance: Assurance | null;
  reason: string | null;
  definition?: string;
  points: PlacedPoint[];
}

export const toSpcChart = (shape: ChartShape): SpcChart =>
  Object.assign(new SpcChart(), {
    kind: shape.kind,
    direction: shape.direction as MeasureDirection,
    target: finite(shape.target),
    points: shape.points.map(toSpcPoint),
    // An empty chart has no last point to read an icon from.
    variation: shape.points.length === 0 ? null : (shape.variation as VariationIcon),
    assurance: shape.points.length === 0 ? null : (shape.assurance as AssuranceIcon | null),
    reason: shape.reason,
    definition: shape.definition ?? null,
    pdsaMarkers: (shape.pdsaMarkers ?? []).map((marker) => Object.assign(new SpcPdsaMarker(), marker)),
  });

const toSpcPoint = ({ period, label, point, ...known }: PlacedPoint): SpcPoint =>
  Object.assign(new SpcPoint(), {
    period,
    label,
    value: finite(point.value),
    mean: finite(point.mean),
    upperLimit: finite(point.upperLimit),
    lowerLimit: finite(point.lowerLimit),
    upperTwoSigma: finite(point.upperTwoSigma),
    lowerTwoSigma: finite(point.lowerTwoSigma),
    specialCause: point.specialCause as SpecialCause | null,
    rules: point.rules as SpcRule[],
    ghosted: known.ghosted ?? false,
    rebase: known.rebase ?? false,
    lower: finite(known.lower),
    upper: finite(known.upper),
    numerator: known.numerator ?? null,
    denominator: known.denominator ?? null,
    annotations: known.annotations ?? [],
    pdsaCycles: known.pdsaCycles ?? [],
  });

/** 'Apr 2019' for monthly periods, '8 Apr 2019' for periods starting mid-month (weeks). */
const periodLabel = (iso: string): string => (iso.endsWith('-01') ? monthLabel(iso) : `${Number(iso.slice(8, 10))} ${monthLabel(iso)}`);

export function qiMeasureChartShape(spc: QiMeasureSpc): ChartShape {
  const kind = spc.chart.kind === 'run' ? SpcChartKind.RUN : spc.chart.chartType === 't' ? SpcChartKind.T : SpcChartKind.XMR;
  return {
    kind,
    direction: spc.measure.direction,
    target: spc.measure.target,
    variation: spc.chart.variation,
    assurance: spc.chart.assurance,
    reason: spc.reason,
    pdsaMarkers: spc.cycles.map((cycle) => ({
      cycleId: String(cycle.id), projectId: String(cycle.projectId), projectTitle: cycle.projectTitle, sequence: cycle.sequence,
      changeIdea: cycle.changeIdea, startedOn: cycle.startedOn, endedOn: cycle.endedOn, period: cycle.periodStart,
    })),
    points: spc.points.map((point, i) => ({
      period: point.periodStart,
      label: periodLabel(point.periodStart),
      point,
      ghosted: point.ghosted,
      rebase: point.rebase,
      annotations: spc.annotations.filter((note) => note.pointIndex === i).map((note) => note.text),
      pdsaCycles: spc.cycles.filter((cycle) => cycle.pointIndex === i).map((cycle) => cycle.sequence),
    })),
  };
}

/**
 * A service chart with the PDSA cycles its services' projects chose to show there, each on
 * the month it started in (docs/methods.md, "QI measures").
 */
export function withServiceCycles(shape: ChartShape, cycles: readonly Omit<MarkerShape, 'period'>[]): ChartShape {
  const months = shape.points.map((point) => point.period);
  const placed = cycles.map((cycle) => ({ ...cycle, period: months.filter((month) => month <= cycle.startedOn).pop() ?? null }));
  return {
    ...shape,
    pdsaMarkers: placed,
    points: shape.points.map((point) => ({ ...point, pdsaCycles: placed.filter((cycle) => cycle.period === point.period).map((cycle) => cycle.sequence) })),
  };
}

// docs/methods.md, "SPC (Making Data Count)".
const CHART_READING =
  'The centre line is the mean; the process limits are the mean ± 2.66 × the mean moving range. Special cause: a point beyond a limit, ' +
  '6 points in a row on one side of the mean, 6 rising or falling, or 2 of 3 beyond the 2σ line.';

const DIRECTION_READING: Readonly<Record<SpcDirection, string>> = {
  increase: 'Higher counts as improvement.',
  decrease: 'Lower counts as improvement.',
  neither: 'Neither direction counts as improvement: special cause is marked, not judged.',
};

export function serviceChartShape(spc: ServiceSpc, direction: SpcDirection): ChartShape {
  const reason = spc.points.length === 0 ? 'no months in the period' : spc.chart.kind === 'run' ? 'fewer than 13 months: run chart with the median' : null;
  return {
    kind: spc.chart.kind === 'run' ? SpcChartKind.RUN : SpcChartKind.XMR,
    direction,
    target: null,
    variation: spc.chart.variation,
    assurance: spc.chart.assurance,
    reason,
    definition: `${spc.definition} ${CHART_READING} ${DIRECTION_READING[direction]}`,
    points: spc.points.map((point) => ({
      period: point.month,
      label: monthLabel(point.month),
      point,
      lower: point.lower95,
      upper: point.upper95,
      numerator: point.numerator,
      denominator: point.denominator,
    })),
  };
}

export const toInvolvementPoint = (month: InvolvementMonth): InvolvementPoint =>
  Object.assign(new InvolvementPoint(), {
    month: month.month,
    activeProjects: month.activeProjects,
    involvedProjects: month.involved,
    bigIProjects: month.bigI,
    share: Object.assign(new Proportion(), {
      numerator: month.involved,
      denominator: month.activeProjects,
      estimate: finite(month.share?.estimate),
      lower: finite(month.share?.lower),
      upper: finite(month.share?.upper),
      suppressed: false,
      reason: month.reason,
    }),
  });
