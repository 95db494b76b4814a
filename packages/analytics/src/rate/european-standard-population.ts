// The European Standard Population 2013 (docs/methods.md, "Rates per ward"), the weights
// Fingertips uses for directly age-standardised rates, regrouped into the hub's age bands.

/** ESP 2013 by five-year band (90+ last): 100,000 people in all. */
export const ESP_2013_FIVE_YEAR: readonly { from: number; to: number | null; weight: number }[] = [
  { from: 0, to: 4, weight: 5000 },
  { from: 5, to: 9, weight: 5500 },
  { from: 10, to: 14, weight: 5500 },
  { from: 15, to: 19, weight: 5500 },
  { from: 20, to: 24, weight: 6000 },
  { from: 25, to: 29, weight: 6000 },
  { from: 30, to: 34, weight: 6500 },
  { from: 35, to: 39, weight: 7000 },
  { from: 40, to: 44, weight: 7000 },
  { from: 45, to: 49, weight: 7000 },
  { from: 50, to: 54, weight: 7000 },
  { from: 55, to: 59, weight: 6500 },
  { from: 60, to: 64, weight: 6000 },
  { from: 65, to: 69, weight: 5500 },
  { from: 70, to: 74, weight: 5000 },
  { from: 75, to: 79, weight: 4000 },
  { from: 80, to: 84, weight: 2500 },
  { from: 85, to: 89, weight: 1500 },
  { from: 90, to: null, weight: 1000 },
];

/**
 * The standard population of ages `from` to `to` (null: no upper end). A five-year band cut by
 * the range counts in proportion to the years inside it, as if ages were spread evenly within
 * it: 16–24 takes 4/5 of 15–19 (4,400) and all of 20–24 (6,000), 10,400 in all.
 */
export function standardPopulation(from: number, to: number | null): number {
  if (!Number.isInteger(from) || from < 0) throw new RangeError(`from must be a whole number of years, got ${from}`);
  if (to !== null && (!Number.isInteger(to) || to < from)) throw new RangeError(`to must be a whole number not below from, got ${to}`);
  let total = 0;
  for (const band of ESP_2013_FIVE_YEAR) {
    const bandTo = band.to ?? Number.POSITIVE_INFINITY;
    const lo = Math.max(from, band.from);
    const hi = Math.min(to ?? Number.POSITIVE_INFINITY, bandTo);
    if (hi < lo) continue;
    // The open 90+ band is taken whole whenever the range reaches it.
    total += band.to === null ? band.weight : (band.weight * (hi - lo + 1)) / (band.to - band.from + 1);
  }
  return total;
}
