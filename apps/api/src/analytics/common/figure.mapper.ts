import type { BenchmarkWord } from '@hub/analytics';
import { SUPPRESSED, type ReportedEstimate, type ReportedProportion, type ReportedValue } from '@hub/reporting';
import { BenchmarkComparison } from './figure.enums.js';
import { CountTotal, IntervalEstimate, Proportion, Rate } from './figure.type.js';

/**
 * GraphQL Float cannot carry NaN or ±Infinity; a figure that is not a finite number is shown
 * as missing rather than failing the whole response.
 */
export function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Only a withheld count leaves numerator or denominator null; an empty denominator is 0. */
export const toProportion = (figure: ReportedProportion): Proportion =>
  Object.assign(new Proportion(), {
    numerator: figure.numerator,
    denominator: figure.denominator,
    estimate: finite(figure.estimate),
    lower: finite(figure.lower),
    upper: finite(figure.upper),
    suppressed: figure.numerator === null || figure.denominator === null,
    reason: figure.reason,
  });

export const toCountTotal = (total: ReportedValue, note: string | null): CountTotal =>
  Object.assign(new CountTotal(), { value: total.value, suppressed: total.reason === SUPPRESSED, reason: total.reason, note });

export const toIntervalEstimate = (figure: ReportedEstimate): IntervalEstimate =>
  Object.assign(new IntervalEstimate(), {
    estimate: finite(figure.estimate),
    lower: finite(figure.lower),
    upper: finite(figure.upper),
    reason: figure.reason,
  });

export interface RateFigure {
  count: number | null;
  population: number | null;
  years: number | null;
  rate: { rate: number; lower: number; upper: number } | null;
  reason: string | null;
}

export const toRate = (figure: RateFigure): Rate =>
  Object.assign(new Rate(), {
    count: figure.count,
    denominator: figure.population,
    years: figure.years,
    ratePer1000: finite(figure.rate?.rate),
    lower: finite(figure.rate?.lower),
    upper: finite(figure.rate?.upper),
    suppressed: figure.count === null,
    reason: figure.rate === null ? (figure.reason ?? 'no population to compare with') : null,
  });

export const toComparison = (word: BenchmarkWord | null): BenchmarkComparison | null => word as BenchmarkComparison | null;
