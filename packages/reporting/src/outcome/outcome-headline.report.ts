// The five headline outcomes of the service (docs/methods.md, "Outcome headlines"). Each is read from its
// instrument's figures in an outcome summary, so a headline and that instrument's panel always
// show the same numbers.
import type { InstrumentCode } from '@hub/analytics';
import type { InstrumentOutcome as InstrumentFigures, OutcomeSummary, ProportionFigure, RelativeChangeFigure } from './outcome.types.js';

export type HeadlineKey = 'activityGain' | 'gpAeReduction' | 'wellbeingImproved' | 'selfEfficacyImproved' | 'fiveADay';
export type HeadlineKind = 'percentImproved' | 'relativeChange' | 'percentAchieving';

export interface HeadlineFigure {
  key: HeadlineKey;
  title: string;
  definition: string;
  kind: HeadlineKind;
  instrument: InstrumentCode;
  /** A proportion 0–1, or a relative change (0.91 = +91%, −0.75 = −75%). */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** Pairs improved or achieving; for a relative change, Σ later values. */
  numerator: number | null;
  /** Pairs; for a relative change, Σ baseline values. */
  denominator: number | null;
  /** Null when withheld (1–7 pairs). */
  pairs: number | null;
  starters: number | null;
  completers: number | null;
  /** Starters with no score at the summary's timepoint: lost before it. */
  lost: number | null;
  reason: string | null;
}

interface HeadlineSpec {
  key: HeadlineKey;
  title: string;
  instrument: InstrumentCode;
  kind: HeadlineKind;
  figure(figures: InstrumentFigures): ProportionFigure | RelativeChangeFigure | null;
}

export const OUTCOME_HEADLINE_SPECS: readonly HeadlineSpec[] = [
  { key: 'activityGain', title: 'Physical activity', instrument: 'activity', kind: 'relativeChange', figure: (f) => f.relativeChange },
  { key: 'gpAeReduction', title: 'GP and A&E visits', instrument: 'gp_ae_visits', kind: 'relativeChange', figure: (f) => f.relativeChange },
  { key: 'wellbeingImproved', title: 'Emotional wellbeing improved', instrument: 'swemwbs', kind: 'percentImproved', figure: (f) => f.improved },
  { key: 'selfEfficacyImproved', title: 'Self-efficacy improved', instrument: 'gse', kind: 'percentImproved', figure: (f) => f.improved },
  { key: 'fiveADay', title: 'Eating 5 a day', instrument: 'fruit_veg', kind: 'percentAchieving', figure: (f) => f.achievingThreshold },
];

const NO_BASELINE = 'no baseline measurements in the filter';

/** The five headlines, always all of them: one without measurements is null with a reason. */
export function outcomeHeadlines(summary: OutcomeSummary): HeadlineFigure[] {
  const byInstrument = new Map(summary.instruments.map((figures) => [figures.instrument, figures]));
  return OUTCOME_HEADLINE_SPECS.map((spec) => {
    const figures = byInstrument.get(spec.instrument);
    const figure = figures ? spec.figure(figures) : null;
    const base = { key: spec.key, title: spec.title, kind: spec.kind, instrument: spec.instrument };
    if (!figures || !figure) {
      return {
        ...base,
        definition: summary.pairing,
        estimate: null,
        lower: null,
        upper: null,
        numerator: null,
        denominator: null,
        pairs: 0,
        starters: 0,
        completers: 0,
        lost: 0,
        reason: NO_BASELINE,
      };
    }
    return {
      ...base,
      definition: `${figure.definition} ${summary.pairing}`,
      estimate: figure.estimate,
      lower: figure.lower,
      upper: figure.upper,
      numerator: figure.numerator,
      denominator: figure.denominator,
      pairs: figures.pairs.value,
      starters: figures.starters.value,
      completers: figures.completers.value,
      lost: figures.lost.value,
      reason: figure.reason,
    };
  });
}
