// Did one person improve between two timepoints? (docs/methods.md, "Outcome instruments and scoring")
// The rules are read from the catalogue, which outcome_pair also joins (docs/methods.md, "Where the instrument rules live").
import { bandRank } from './activity.band.js';
import { assertScore, comparedValue, getInstrument, type InstrumentCode } from './instrument.catalogue.js';

/** A per-pair rule; null leaves the pair out of the denominator. */
export type ImprovementRule = (before: number, after: number) => boolean | null;

/** Any change in the good direction. */
export function improved(code: InstrumentCode, before: number, after: number): boolean {
  assertScore(code, before);
  assertScore(code, after);
  return getInstrument(code).higherIsBetter ? after > before : after < before;
}

/** Null where the instrument has no meaningful-change rule. Compared on the converted scale (SWEMWBS metric). */
export function meaningfullyImproved(code: InstrumentCode, before: number, after: number): boolean | null {
  const { higherIsBetter, meaningfulChange, meaningfulBands } = getInstrument(code);
  const [from, to] = [comparedValue(code, before), comparedValue(code, after)];
  if (meaningfulChange !== null) {
    // Converted values have two decimals; rounding stops 3.0000000004 passing as ≥ 3 by accident.
    return roundCentesimal(higherIsBetter ? to - from : from - to) >= meaningfulChange;
  }
  if (meaningfulBands !== null) {
    const [fromBand, toBand] = [bandRank(meaningfulBands, from), bandRank(meaningfulBands, to)];
    return higherIsBetter ? toBand > fromBand : toBand < fromBand;
  }
  return null;
}

/** Whether a single reading meets the instrument's threshold; null if it has none. */
export function meetsThreshold(code: InstrumentCode, value: number): boolean | null {
  assertScore(code, value);
  const { threshold } = getInstrument(code);
  if (!threshold) return null;
  return threshold.comparison === 'atLeast' ? value >= threshold.value : value < threshold.value;
}

/** The rule for a "% improved" headline: any improvement or meaningful improvement. */
export function improvementRule(code: InstrumentCode, kind: 'any' | 'meaningful'): ImprovementRule {
  return kind === 'any' ? (before, after) => improved(code, before, after) : (before, after) => meaningfullyImproved(code, before, after);
}

function roundCentesimal(value: number): number {
  return Math.round(value * 100) / 100;
}
