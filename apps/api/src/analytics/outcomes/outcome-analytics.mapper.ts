import { getInstrument, type InstrumentCode } from '@hub/analytics';
import type {
  DistributionBin,
  GroupOutcome as ReportedGroupOutcome,
  HeadlineFigure,
  InstrumentOutcome as InstrumentFigures,
  OutcomeSummary as ReportedSummary,
  ReportFilter,
} from '@hub/reporting';
import { finite, toComparison, toProportion } from '../common/figure.mapper.js';
import { MeanChange, RelativeChange } from '../common/figure.type.js';
import type { HeadlineKind, OutcomeTimepoint } from './outcome-analytics.enums.js';
import { GroupOutcome, HistogramBin, InstrumentOutcome, OutcomeHeadline } from './outcome-analytics.type.js';

export const toOutcomeHeadline = (figure: HeadlineFigure): OutcomeHeadline =>
  Object.assign(new OutcomeHeadline(), {
    key: figure.key,
    title: figure.title,
    definition: figure.definition,
    kind: figure.kind as HeadlineKind,
    estimate: finite(figure.estimate),
    lower: finite(figure.lower),
    upper: finite(figure.upper),
    numerator: finite(figure.numerator),
    denominator: finite(figure.denominator),
    pairs: figure.pairs,
    starters: figure.starters,
    completers: figure.completers,
    lost: figure.lost,
    reason: figure.reason,
  });

export function toInstrumentOutcome(
  figures: InstrumentFigures,
  summary: ReportedSummary,
  reportFilter: ReportFilter,
  timepoint: OutcomeTimepoint,
): InstrumentOutcome {
  return Object.assign(new InstrumentOutcome(), {
    instrumentCode: figures.instrument,
    reportFilter,
    timepoint,
    definition: `${figures.name}, compared on its ${figures.scale}. ${summary.pairing}`,
    starters: figures.starters.value,
    completers: figures.completers.value,
    pairs: figures.pairs.value,
    lost: figures.lost.value,
    improved: toProportion(figures.improved),
    meaningfullyImproved: figures.meaningfullyImproved && toProportion(figures.meaningfullyImproved),
    meanChange: toMeanChange(figures.meanChange),
    relativeChange: figures.relativeChange && toRelativeChange(figures.relativeChange),
    achievingThreshold: figures.achievingThreshold && toProportion(figures.achievingThreshold),
    thresholdLabel: getInstrument(figures.instrument as InstrumentCode).threshold?.label ?? null,
  });
}

const toMeanChange = (figure: InstrumentFigures['meanChange']): MeanChange =>
  Object.assign(new MeanChange(), {
    n: figure.denominator,
    meanBefore: finite(figure.meanBefore),
    meanAfter: finite(figure.meanAfter),
    meanChange: finite(figure.meanChange),
    lower: finite(figure.lower),
    upper: finite(figure.upper),
    reason: figure.reason,
  });

const toRelativeChange = (figure: NonNullable<InstrumentFigures['relativeChange']>): RelativeChange =>
  Object.assign(new RelativeChange(), {
    n: figure.pairs,
    totalBefore: finite(figure.denominator),
    totalAfter: finite(figure.numerator),
    relativeChange: finite(figure.estimate),
    lower: finite(figure.lower),
    upper: finite(figure.upper),
    reason: figure.reason,
  });

export const toHistogramBin = (bin: DistributionBin): HistogramBin =>
  Object.assign(new HistogramBin(), { from: bin.from, to: bin.to, before: bin.before, after: bin.after });

export const toGroupOutcome = (group: ReportedGroupOutcome, definition: string): GroupOutcome =>
  Object.assign(new GroupOutcome(), {
    definition,
    key: group.key,
    label: group.label,
    improved: toProportion(group.improved),
    comparison: toComparison(group.comparison),
  });
