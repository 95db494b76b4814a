// NHS Talking Therapies measures: caseness, recovery, reliable improvement
// (docs/methods.md, "Outcome instruments and scoring"). Ranges and reliable change come from the catalogue.
import { assertScore, getInstrument } from './instrument.catalogue.js';

export const PHQ9_CASENESS = 10;
export const GAD7_CASENESS = 8;

export type TalkingTherapyMeasure = 'phq9' | 'gad7';

/** Both scores taken at the same appointment. */
export interface TalkingTherapyScores {
  phq9: number;
  gad7: number;
}

export function isCase(measure: TalkingTherapyMeasure, score: number): boolean {
  assertScore(measure, score);
  return measure === 'phq9' ? score >= PHQ9_CASENESS : score >= GAD7_CASENESS;
}

/** A case on either measure. */
export function isCaseOnEither(scores: TalkingTherapyScores): boolean {
  return isCase('phq9', scores.phq9) || isCase('gad7', scores.gad7);
}

/**
 * A case at the start and below both cut-offs at the end. Null when the person
 * was not a case at the start: recovery does not apply and they leave the
 * denominator rather than count as "not recovered".
 */
export function recovered(start: TalkingTherapyScores, end: TalkingTherapyScores): boolean | null {
  if (!isCaseOnEither(start)) return null;
  return !isCaseOnEither(end);
}

export function reliablyImproved(measure: TalkingTherapyMeasure, before: number, after: number): boolean {
  assertScore(measure, before);
  assertScore(measure, after);
  return before - after >= getInstrument(measure).meaningfulChange!;
}

/** PHQ-9 falls by ≥ 6 or GAD-7 by ≥ 4. */
export function reliablyImprovedOnEither(start: TalkingTherapyScores, end: TalkingTherapyScores): boolean {
  return reliablyImproved('phq9', start.phq9, end.phq9) || reliablyImproved('gad7', start.gad7, end.gad7);
}
