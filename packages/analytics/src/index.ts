// @hub/analytics: pure statistics for the Wellbeing Hub. Plain data in,
// plain data out; no database, GraphQL or UI code.

export * from './common/age.band.js';
export * from './common/financial-year.calendar.js';
export * from './common/period.label.js';
export * from './common/nhs-number.validate.js';
export type { Pair } from './common/pair.types.js';
export { mean, median, quantile, quantiles, sampleCovariance, sampleVariance, sum } from './common/summary.stats.js';

export { chiSquareCdf, chiSquareQuantile } from './distribution/chi-square.quantile.js';
export { normalCdf, normalQuantile, zForConfidence } from './distribution/normal.quantile.js';
export { tCdf, tQuantile } from './distribution/t.quantile.js';

export type { Interval } from './interval/interval.types.js';
export * from './interval/paired-mean.interval.js';
export * from './interval/poisson.interval.js';
export * from './interval/rate.interval.js';
export * from './interval/ratio.interval.js';
export * from './interval/wilson.interval.js';

export * from './instrument/activity.band.js';
export * from './instrument/instrument.catalogue.js';
export * from './instrument/instrument.change.js';
export * from './instrument/ons4.band.js';
export * from './instrument/swemwbs.table.js';
export * from './instrument/talking-therapies.rules.js';

export * from './outcome/outcome.headline.js';

export * from './disclosure/disclosure.policy.js';

export type { Assurance, SpcChart, SpcDirection, SpcOptions, SpcPoint, SpcRule, SpecialCause, Variation } from './spc/spc.types.js';
export { MINIMUM_XMR_POINTS, xmrChart } from './spc/xmr.chart.js';
export { tChart } from './spc/t.chart.js';

export * from './equity/benchmark.compare.js';
export * from './equity/funnel.compare.js';
export * from './equity/referral.funnel.js';
export * from './equity/uptake.gap.js';

export * from './kpi/kpi.status.js';

export * from './rate/european-standard-population.js';
export * from './rate/standardised.rate.js';
