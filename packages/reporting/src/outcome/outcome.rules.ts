// How each instrument's headlines are described (docs/methods.md, "Outcome instruments and scoring"), taken from the analytics
// instrument catalogue so the dashboard and the reports read the same rules. The per-pair
// verdicts themselves are materialised in outcome_pair; outcome.rollup.spec.ts checks them
// against analytics for every seeded pair.
import { getInstrument, INSTRUMENT_CODES, type InstrumentCode, type Threshold } from '@hub/analytics';

/** Instruments in the order the headlines are shown: the catalogue's order. */
export const OUTCOME_INSTRUMENTS: readonly InstrumentCode[] = INSTRUMENT_CODES;

type MeaningfulRule = { kind: 'change'; points: number; definition: string } | { kind: 'band'; definition: string };

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
    scale: instrument.conversion?.scale ?? instrument.unit,
    higherIsBetter: instrument.higherIsBetter,
    meaningful: meaningfulRule(code),
    threshold: instrument.threshold,
    relativeChangeOfTotals: instrument.relativeChangeOfTotals,
  };
}

function meaningfulRule(code: InstrumentCode): MeaningfulRule | null {
  const { meaningfulChange, meaningfulBands, meaningfulRule: definition } = getInstrument(code);
  if (definition === null) return null;
  if (meaningfulChange !== null) return { kind: 'change', points: meaningfulChange, definition };
  return meaningfulBands !== null ? { kind: 'band', definition } : null;
}
