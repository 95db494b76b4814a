// Age bands used for uptake gaps and population denominators.
import { assertNonNegative } from './input.guard.js';

export const AGE_BANDS = ['0-15', '16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

// Lowest age in each band, in the order of AGE_BANDS.
const BAND_STARTS = [0, 16, 25, 35, 45, 55, 65, 75, 85];

/** Age in completed years; a fractional age is floored (15.9 is still 15). */
export function ageBand(age: number): AgeBand {
  assertNonNegative(age, 'age');
  const years = Math.floor(age);
  let band = 0;
  while (band + 1 < BAND_STARTS.length && years >= BAND_STARTS[band + 1]) band++;
  return AGE_BANDS[band];
}
