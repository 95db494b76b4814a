import { dayLabel, monthLabel, type Assurance, type SpcDirection, type SpcPoint as ChartedPoint, type Variation } from '@hub/analytics';
import type { InvolvementMonth, QiMeasureSpc, ServiceSpc } from '@hub/reporting';
import type { MeasureDirection } from '../../qi/qi.enums.js';
import { finite } from '../common/figure.mapper.js';
import { Proportion } from '../common/figure.type.js';
import type { AssuranceIcon, SpcRule, SpecialCause, VariationIcon } from './spc-analytics.enums.js';
import { SpcChartKind, SpcMarkerKind } from './spc-analytics.enums.js';
import { InvolvementPoint, SpcChart, SpcMarker, SpcPdsaMarker, SpcPoint } from './spc-analytics.type.js';

/** A charted point with what the chart's source knows about its period. */
export interface PlacedPoint extends Partial<
  Pick<SpcPoint, 'ghosted' | 'rebase' | 'lower' | 'upper' | 'numerator' | 'denominator' | 'annotations' | 'pdsaCycles'>
> {
  period: string;
  label: string;
  point: ChartedPoint;
}

/** A PDSA cycle on a chart, with the period of the point it falls in (null before the first). */
export interface MarkerShape {
  cycleId: string;
  projectId: string;
  projectTitle: string;
  sequence: number;
  changeIdea: string;
  startedOn: string;
  endedOn: string | null;
  period: string | null;
}

/** A QI annotation on a chart, with the period of the point it falls in (null before the first). */
interface NoteShape {
  notedOn: string;
  text: string;
  period: string | null;
}

export interface ChartShape {
  pdsaMarkers?: MarkerShape[];
  notes?: NoteShape[];
  /** Name each cycle's project in its marker: a service chart can carry cycles of several projects. */
  nameProjects?: boolean;
  kind: SpcChartKind;
  direction: SpcDirection;
  target: number | null;
  variation: Variation | null;
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
    // An empty chart has no last point to read an icon from, and a run chart has no icons.
    variation: shape.points.length === 0 ? null : (shape.variation as VariationIcon | null),
    assurance: shape.points.length === 0 ? null : (shape.assurance as AssuranceIcon | null),
    reason: shape.reason,
    definition: shape.definition ?? null,
    pdsaMarkers: (shape.pdsaMarkers ?? []).map((marker) => Object.assign(new SpcPdsaMarker(), marker)),
    markers: chartMarkers(shape),
  });

/**
 * PDSA cycles and notes as markers at their own dates, in date order (cycles before notes on
 * the same day); notes are lettered A, B, … in that order.
 */
function chartMarkers(shape: ChartShape): SpcMarker[] {
  const pointIndex = (period: string | null) => {
    const index = period === null ? -1 : shape.points.findIndex((point) => point.period === period);
    return index === -1 ? null : index;
  };
  const cycles = (shape.pdsaMarkers ?? []).map((cycle) => ({
    kind: SpcMarkerKind.PDSA_CYCLE,
    mark: String(cycle.sequence),
    date: cycle.startedOn,
    pointIndex: pointIndex(cycle.period),
    text: `${shape.nameProjects ? `${cycle.projectTitle}: ` : ''}PDSA cycle ${cycle.sequence} started: ${cycle.changeIdea}`,
  }));
  const notes = [...(shape.notes ?? [])]
    .sort((a, b) => a.notedOn.localeCompare(b.notedOn))
    .map((note, n) => ({ kind: SpcMarkerKind.NOTE, mark: noteLetter(n), date: note.notedOn, pointIndex: pointIndex(note.period), text: note.text }));
  return [...cycles, ...notes]
    .sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === SpcMarkerKind.PDSA_CYCLE ? -1 : 1))
    .map((marker) => Object.assign(new SpcMarker(), { ...marker, dateLabel: dayLabel(marker.date) }));
}

/** A, B, …, Z, AA, AB, … for the n-th note (from 0). */
export function noteLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest >= 0; rest = Math.floor(rest / 26) - 1) {
    letters = String.fromCharCode(65 + (rest % 26)) + letters;
  }
  return letters;
}

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
    conflict: point.conflict,
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

/**
 * 'Apr 2019' for monthly periods, '8 Apr 2019' for periods starting mid-month (weeks), and
 * always the day on a T chart, whose points are events: an event on 1 June is '1 Jun 2023'.
 */
const periodLabel = (iso: string, events: boolean): string => (iso.endsWith('-01') && !events ? monthLabel(iso) : dayLabel(iso));

export function qiMeasureChartShape(spc: QiMeasureSpc): ChartShape {
  const kind = spc.chart.kind === 'run' ? SpcChartKind.RUN : spc.chart.chartType === 't' ? SpcChartKind.T : SpcChartKind.XMR;
  return {
    kind,
    direction: spc.measure.direction,
    target: spc.measure.target,
    variation: spc.chart.variation,
    assurance: spc.chart.assurance,
    reason: spc.reason,
    notes: spc.annotations.map((note) => ({ notedOn: note.notedOn, text: note.text, period: note.periodStart })),
    pdsaMarkers: spc.cycles.map((cycle) => ({
      cycleId: String(cycle.id),
      projectId: String(cycle.projectId),
      projectTitle: cycle.projectTitle,
      sequence: cycle.sequence,
      changeIdea: cycle.changeIdea,
      startedOn: cycle.startedOn,
      endedOn: cycle.endedOn,
      period: cycle.periodStart,
    })),
    points: spc.points.map((point, i) => ({
      period: point.periodStart,
      label: periodLabel(point.periodStart, spc.measure.chart === 't'),
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
    nameProjects: true,
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
    littleIProjects: month.littleI,
    share: projectShare(month.involved, month.activeProjects, month.share, month.reason),
    bigIShare: projectShare(month.bigI, month.activeProjects, month.bigIShare, month.reason),
    littleIShare: projectShare(month.littleI, month.activeProjects, month.littleIShare, month.reason),
  });

const projectShare = (numerator: number, denominator: number, share: InvolvementMonth['share'], reason: string | null): Proportion =>
  Object.assign(new Proportion(), {
    numerator,
    denominator,
    estimate: finite(share?.estimate),
    lower: finite(share?.lower),
    upper: finite(share?.upper),
    suppressed: false,
    reason,
  });
