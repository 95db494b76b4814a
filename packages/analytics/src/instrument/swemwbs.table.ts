// SWEMWBS raw total → metric score, the Rasch conversion table (docs/methods.md, "Outcome instruments and scoring").

export const SWEMWBS_METRIC_BY_RAW: Readonly<Record<number, number>> = {
  7: 7.0,
  8: 9.51,
  9: 11.25,
  10: 12.4,
  11: 13.33,
  12: 14.08,
  13: 14.75,
  14: 15.32,
  15: 15.84,
  16: 16.36,
  17: 16.88,
  18: 17.43,
  19: 17.98,
  20: 18.59,
  21: 19.25,
  22: 19.98,
  23: 20.73,
  24: 21.54,
  25: 22.35,
  26: 23.21,
  27: 24.11,
  28: 25.03,
  29: 26.02,
  30: 27.03,
  31: 28.13,
  32: 29.31,
  33: 30.7,
  34: 32.55,
  35: 35.0,
};

export const SWEMWBS_RAW_MIN = 7;
export const SWEMWBS_RAW_MAX = 35;

/** Metric score for a raw total of 7–35; RangeError otherwise. */
export function swemwbsMetric(rawTotal: number): number {
  const metric = Number.isInteger(rawTotal) ? SWEMWBS_METRIC_BY_RAW[rawTotal] : undefined;
  if (metric === undefined) {
    throw new RangeError(`SWEMWBS raw total must be a whole number from ${SWEMWBS_RAW_MIN} to ${SWEMWBS_RAW_MAX}, got ${rawTotal}`);
  }
  return metric;
}
