import type { InstrumentCode } from '@hub/analytics';
import type { ReportedProportion, ReportedValue } from '../disclosure/disclosure.policy.js';

/** Every published figure says what it is and what it was computed from. */
export interface FigureDefinition {
  definition: string;
}

/** "% of participants improved" or "% achieving a threshold at follow-up". */
export interface ProportionFigure extends FigureDefinition, ReportedProportion {
  kind: 'percentImproved' | 'percentMeaningfullyImproved' | 'percentAchieving';
}

/** Mean before, after and change over the pairs, with the paired-t interval of the change. */
export interface MeanChangeFigure extends FigureDefinition {
  kind: 'meanChange';
  /** Pairs, as published. */
  denominator: number | null;
  numerator: null;
  meanBefore: number | null;
  meanAfter: number | null;
  meanChange: number | null;
  lower: number | null;
  upper: number | null;
  reason: string | null;
}

/** Σafter ÷ Σbefore − 1, e.g. −0.75 for "75% fewer GP and A&E visits". */
export interface RelativeChangeFigure extends FigureDefinition {
  kind: 'relativeChangeOfTotals';
  /** Σ later values and Σ baseline values, as published. */
  numerator: number | null;
  denominator: number | null;
  pairs: number | null;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  reason: string | null;
}

export interface InstrumentOutcome {
  instrument: InstrumentCode;
  name: string;
  scale: string;
  /** Referrals with a baseline measurement. */
  starters: ReportedValue;
  /** Of those, referrals that completed the programme. */
  completers: ReportedValue;
  /** Of those starters, referrals with a later measurement too. */
  pairs: ReportedValue;
  improved: ProportionFigure;
  /** Null where the instrument has no meaningful-change rule. */
  meaningfullyImproved: ProportionFigure | null;
  meanChange: MeanChangeFigure;
  /** GP and A&E visits and physical activity only. */
  relativeChange: RelativeChangeFigure | null;
  /** Null where the instrument has no threshold. */
  achievingThreshold: ProportionFigure | null;
}

export interface OutcomeSummary {
  /** Instruments with at least one baseline in the filter, in display order. */
  instruments: InstrumentOutcome[];
  pairing: string;
}
