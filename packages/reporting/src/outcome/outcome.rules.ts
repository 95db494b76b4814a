// How each instrument's headlines are described (docs/methods.md, "Outcome instruments and scoring"), taken from the analytics
// instrument catalogue so the dashboard and the reports read the same rules. The per-pair
// verdicts themselves are materialised in outcome_pair; outcome.rollup.spec.ts checks them
// against analytics for every seeded pair.
import { getInstrument, type InstrumentCode, type Threshold } from '@hub/analytics';

/** Instruments in the order the headlines are shown. */
export const OUTCOME_INSTRUMENTS: readonly InstrumentCode[] = [
  'swemwbs', 'wemwbs', 'gse', 'activity', 'gp_ae_visits', 'fruit_veg',
  'ons4_life', 'ons4_worthwhile', 'ons4_happy', 'ons4_anxiety', 'phq9', 'gad7', 'co_ppm',
];

/** Where "relative change of totals" is the headline kind: visits fall, activity rises. */
const TOTALS_INSTRUMENTS: ReadonlySet<InstrumentCode> = new Set(['gp_ae_visits', 'activity']);

type MeaningfulRule =
  | { kind: 'change'; points: number; definition: string }
  | { kind: 'band'; definition: string };

export interface OutcomeRule {
  code: InstrumentCode;
  name: string;
  /** What the compared values are; SWEMWBS is compared on the metric scale. */
  scale: string;
  higherIsBetter: boolean;
  meaningful: MeaningfulRule | null;
  threshold: Threshold | null;
  relativeChangeOfTotals: boolean;
}

export function outcomeRule(code: InstrumentCode): OutcomeRule {
  const instrument = getInstrument(code);
  return {
    code,
    name: instrument.name,
    scale: code === 'swemwbs' ? 'metric score (Rasch table)' : instrument.unit,
    higherIsBetter: instrument.higherIsBetter,
    meaningful: meaningfulRule(code),
    threshold: instrument.threshold,
    relativeChangeOfTotals: TOTALS_INSTRUMENTS.has(code),
  };
}

function meaningfulRule(code: InstrumentCode): MeaningfulRule | null {
  const { meaningfulChange, meaningfulRule: definition } = getInstrument(code);
  if (definition === null) return null;
  if (meaningfulChange !== null) return { kind: 'change', points: meaningfulChange, definition };
  return code === 'activity' ? { kind: 'band', definition } : null;
}
