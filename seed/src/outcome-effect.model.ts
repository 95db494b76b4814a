import { FIRST_YEAR, LAST_YEAR } from './calendar.util.js';
import type { Random } from './random.js';

/**
 * How much people change between baseline and the end of a programme, by the financial year
 * they were referred in. The first year is set so that its completers land near the figures
 * the service reported (docs/methods.md, "The synthetic town": activity +91%, GP and A&E visits −75%, wellbeing improved
 * for 93%, self-efficacy for 84%, 90% eating 5 a day); later years vary around it.
 */
export interface OutcomeEffects {
  /** Mean and spread of the change in SWEMWBS raw total. */
  swemwbsGain: number;
  swemwbsSpread: number;
  gseGain: number;
  gseSpread: number;
  /** Log of the multiplier on weekly active minutes, and its spread. */
  activityLogGain: number;
  activitySpread: number;
  /** Share of baseline GP and A&E visits still made at the end. */
  visitsKept: number;
  /** Share eating 5 a day at the end. */
  fiveADay: number;
  phq9Drop: number;
  gad7Drop: number;
  quitRate: number;
}

const FIRST_YEAR_EFFECTS: OutcomeEffects = {
  swemwbsGain: 3.9,
  swemwbsSpread: 2.3,
  gseGain: 3.0,
  gseSpread: 2.5,
  activityLogGain: 0.585,
  activitySpread: 0.3,
  visitsKept: 0.255,
  fiveADay: 0.895,
  phq9Drop: 6,
  gad7Drop: 4.5,
  quitRate: 0.52,
};

/** The pandemic year had smaller gains; other years wander a little around the first. */
const YEAR_FACTOR: Record<number, number> = { 2020: 0.8 };

export function effectsByYear(random: Random): Map<number, OutcomeEffects> {
  const effects = new Map<number, OutcomeEffects>([[FIRST_YEAR, FIRST_YEAR_EFFECTS]]);
  for (let year = FIRST_YEAR + 1; year <= LAST_YEAR; year++) {
    const size = (YEAR_FACTOR[year] ?? 1) * (1 + random.normal(0, 0.08));
    const noise = 1 + Math.abs(random.normal(0.15, 0.05));
    const base = FIRST_YEAR_EFFECTS;
    effects.set(year, {
      swemwbsGain: base.swemwbsGain * size,
      swemwbsSpread: base.swemwbsSpread * noise,
      gseGain: base.gseGain * size,
      gseSpread: base.gseSpread * noise,
      activityLogGain: base.activityLogGain * size,
      activitySpread: base.activitySpread * noise,
      visitsKept: Math.min(0.9, 1 - (1 - base.visitsKept) * size),
      fiveADay: Math.min(0.97, base.fiveADay * (1 + random.normal(-0.03, 0.04))),
      phq9Drop: base.phq9Drop * size,
      gad7Drop: base.gad7Drop * size,
      quitRate: Math.min(0.8, base.quitRate * size),
    });
  }
  return effects;
}
