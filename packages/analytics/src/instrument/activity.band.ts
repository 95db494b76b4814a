// Physical activity bands from moderate-equivalent minutes a week (docs/methods.md, "Outcome instruments and scoring").
import { assertNonNegative } from '../common/input.guard.js';

export type ActivityBand = 'inactive' | 'fairlyActive' | 'active';

export const ACTIVITY_BANDS: readonly ActivityBand[] = ['inactive', 'fairlyActive', 'active'];

/** Vigorous minutes count double. */
export function moderateEquivalentMinutes(moderate: number, vigorous: number): number {
  assertNonNegative(moderate, 'moderate minutes');
  assertNonNegative(vigorous, 'vigorous minutes');
  return moderate + 2 * vigorous;
}

/** Inactive < 30, fairly active 30–149, active ≥ 150 minutes a week. */
export function activityBand(minutes: number): ActivityBand {
  assertNonNegative(minutes, 'minutes');
  if (minutes < 30) return 'inactive';
  if (minutes < 150) return 'fairlyActive';
  return 'active';
}

/** Position of the band, so that "moving up a band" is a comparison. */
export function activityBandRank(minutes: number): number {
  return ACTIVITY_BANDS.indexOf(activityBand(minutes));
}
