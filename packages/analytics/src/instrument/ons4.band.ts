// ONS4 personal wellbeing thresholds (docs/methods.md, "Outcome instruments and scoring"). Anxiety runs the other way,
// so it has its own bands.
import { assertFinite } from '../common/input.guard.js';

export type Ons4Question = 'ons4_life' | 'ons4_worthwhile' | 'ons4_happy' | 'ons4_anxiety';
export type Ons4PositiveBand = 'low' | 'medium' | 'high' | 'veryHigh';
export type Ons4AnxietyBand = 'veryLow' | 'low' | 'medium' | 'high';
export type Ons4Band = Ons4PositiveBand | Ons4AnxietyBand;

/** Bands apply to whole scores 0–10, as the questions are answered. */
export function ons4Band(question: Ons4Question, score: number): Ons4Band {
  assertFinite(score, 'score');
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw new RangeError(`ONS4 scores are whole numbers from 0 to 10, got ${score}`);
  }
  return question === 'ons4_anxiety' ? anxietyBand(score) : positiveBand(score);
}

function positiveBand(score: number): Ons4PositiveBand {
  if (score <= 4) return 'low';
  if (score <= 6) return 'medium';
  if (score <= 8) return 'high';
  return 'veryHigh';
}

function anxietyBand(score: number): Ons4AnxietyBand {
  if (score <= 1) return 'veryLow';
  if (score <= 3) return 'low';
  if (score <= 5) return 'medium';
  return 'high';
}
