// Crude and directly age-standardised rates with their 95% intervals (docs/methods.md, "Rates per
// ward"), as Fingertips publishes them: Byar's interval for a crude rate, Dobson's for a DSR.
import { assertCount, assertFinite } from '../common/input.guard.js';
import { byarInterval } from '../interval/poisson.interval.js';

/** Events and population in one age band, with that band's standard population weight. */
export interface AgeBandCount {
  events: number;
  population: number;
  standardWeight: number;
}

export interface StandardisedRate {
  events: number;
  population: number;
  per: number;
  rate: number;
  lower: number;
  upper: number;
}

/**
 * Fingertips does not publish a DSR from fewer than 10 events: with so few, the Dobson interval
 * is unreliable and the rate swings with one event.
 */
export const DSR_MINIMUM_EVENTS = 10;

/**
 * Directly standardised rate per `per`: Σ wᵢ·Oᵢ/nᵢ ÷ Σ wᵢ, over bands with people in them.
 * Dobson's interval scales Byar's interval for the total count O by √(var(DSR)/O), where
 * var(DSR) = Σ wᵢ²·Oᵢ/nᵢ² ÷ (Σ wᵢ)². Null with fewer than 10 events or no population.
 */
export function directlyStandardisedRate(bands: readonly AgeBandCount[], per = 100_000, confidence = 0.95): StandardisedRate | null {
  for (const [i, band] of bands.entries()) {
    assertCount(band.events, `bands[${i}].events`);
    assertFinite(band.population, `bands[${i}].population`);
    assertFinite(band.standardWeight, `bands[${i}].standardWeight`);
    if (band.population < 0 || band.standardWeight < 0) throw new RangeError(`bands[${i}] must not have a negative population or weight`);
    if (band.population === 0 && band.events > 0) throw new RangeError(`bands[${i}] has events but no population`);
  }
  const counted = bands.filter((band) => band.population > 0);
  const events = counted.reduce((sum, band) => sum + band.events, 0);
  const population = counted.reduce((sum, band) => sum + band.population, 0);
  const weights = counted.reduce((sum, band) => sum + band.standardWeight, 0);
  if (events < DSR_MINIMUM_EVENTS || weights === 0) return null;
  const rate = counted.reduce((sum, band) => sum + (band.standardWeight * band.events) / band.population, 0) / weights;
  const variance = counted.reduce((sum, band) => sum + (band.standardWeight ** 2 * band.events) / band.population ** 2, 0) / weights ** 2;
  const count = byarInterval(events, confidence);
  const scale = Math.sqrt(variance / events);
  return {
    events,
    population,
    per,
    rate: rate * per,
    lower: (rate + scale * (count.lower - events)) * per,
    upper: (rate + scale * (count.upper - events)) * per,
  };
}
