// Physical activity bands from moderate-equivalent minutes a week (docs/methods.md, "Outcome instruments and scoring").
import { assertNonNegative } from '../common/input.guard.js';

export type ActivityBand = 'inactive' | 'fairlyActive' | 'active';

export const ACTIVITY_BANDS: readonly ActivityBand[] = ['inactive', 'fairlyActive', 'active'];
/** Minutes a week where each band after the first begins. */
export const ACTIVITY_BAND_EDGES: readonly number[] = [30, 150];

/** Vigorous minutes count double. */
export function moderateEquivalentMinutes(moderate: number, vigorous: number): number {
  assertNonNegative(moderate, 'moderate minutes');
  assertNonNegative(vigorous, 'vigorous minutes');
  return moderate + 2 * vigorous;
}

/** Inactive < 30, fairly active 30–149, active ≥ 150 minutes a week. */
export function activityBand(minutes: number): ActivityBand {
  return ACTIVITY_BANDS[activityBandRank(minutes)];
}

/** Position of the band, so that "moving up a band" is a comparison. */
export function activityBandRank(minutes: number): number {
  assertNonNegative(minutes, 'minutes');
  return bandRank(ACTIVITY_BAND_EDGES, minutes);
}

/** How many band edges the value has reached: SQL's width_bucket(value, edges) for ascending edges. */
export function bandRank(edges: readonly number[], value: number): number {
  return edges.filter((edge) => value >= edge).length;
}
