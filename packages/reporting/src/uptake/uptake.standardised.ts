// Each group's directly age-standardised referral rate per 1,000 a year
// (docs/methods.md, "Rates per ward"): ESP 2013 weights, Dobson's interval, none below 10 referrals.
import { DSR_MINIMUM_EVENTS, directlyStandardisedRate, standardPopulation } from '@hub/analytics';
import { PART_WITHHELD, discloseCount, type DisclosurePolicy } from '../disclosure/disclosure.policy.js';
import type { EligibleBand } from './uptake.eligibility.js';
import type { UptakeAgeBandRow } from './uptake.queries.js';
import type { ReportedEstimate } from './uptake.service.js';

export const TOO_FEW_FOR_DSR = `fewer than ${DSR_MINIMUM_EVENTS} referrals: no age-standardised rate`;
const BAND_WITHOUT_RESIDENTS = 'referrals in an age band with no residents: no age-standardised rate';

/**
 * The group's rate over the eligible age bands; referrals in other bands, or of unknown age, are
 * left out of it (they stay in the crude rate). Under disclosure control each band's count is
 * first published (rounded to 5), and a band of 1 to 7 withholds the rate, so the rate cannot be
 * unpicked into counts smaller than those the hub publishes.
 */
export function standardisedRate(
  rows: readonly UptakeAgeBandRow[],
  bands: readonly EligibleBand[],
  years: number | null,
  policy: DisclosurePolicy,
): ReportedEstimate {
  if (years === null) return withheld('no period to take a yearly rate over');
  const counts = bands.map((band) => {
    const row = rows.find((candidate) => candidate.age_band === band.code);
    return { band, events: discloseCount(row?.referrals ?? 0, policy).value, residents: row?.residents ?? 0 };
  });
  if (counts.some((count) => count.events === null)) return withheld(PART_WITHHELD);
  if (counts.some((count) => (count.events as number) > 0 && count.residents === 0)) return withheld(BAND_WITHOUT_RESIDENTS);
  const rate = directlyStandardisedRate(
    counts.map((count) => ({
      events: count.events as number,
      population: count.residents * years,
      standardWeight: standardPopulation(count.band.minAge, count.band.maxAge),
    })),
    1000,
  );
  return rate ? { estimate: rate.rate, lower: rate.lower, upper: rate.upper, reason: null } : withheld(TOO_FEW_FOR_DSR);
}

/** An estimate not given, with the reason. */
export function withheld(reason: string): ReportedEstimate {
  return { estimate: null, lower: null, upper: null, reason };
}
