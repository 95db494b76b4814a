// @hub/reporting: every analytics figure the hub serves, as plain report functions over set-based SQL.
// No GraphQL, no Svelte: the API wraps these in thin resolvers.

export type { SqlRunner, PgQueryable, MikroOrmEntityManagerLike } from './sql/sql.runner.js';
export { pgRunner, mikroOrmRunner, statementName } from './sql/sql.runner.js';
export { refreshRollups, type RefreshOptions } from './rollup/rollup.refresh.js';
export { createReporting, type Reporting } from './reporting.facade.js';

export { ReportingInputError, ReportingNotFoundError, UnknownAggregateTermError } from './input/reporting.errors.js';
export * from './disclosure/disclosure.policy.js';
export type { ReportFilter, PeriodFilter, PeriodBasis, ResolvedFilter, FilterList } from './filter/report.filter.js';
export { resolveFilter } from './filter/report-filter.validate.js';
export * from './filter/dimension.codes.js';

export { outcomeSummary } from './outcome/outcome.report.js';
export { OUTCOME_COMPARISONS, DEFAULT_OUTCOME_COMPARISON, type OutcomeComparison } from './outcome/outcome.comparison.js';
export type * from './outcome/outcome.types.js';
export { OUTCOME_INSTRUMENTS } from './outcome/outcome.rules.js';

export { referralFunnel, type ReferralFunnel, type ReferralFunnelEnding, type ReferralFunnelStage } from './funnel/referral-funnel.report.js';
export {
  uptake,
  type ReportedEstimate,
  type UptakeOptions,
  type UptakeReport,
  type UptakeGroup,
  type UptakeFunnel,
  type UptakeUnstated,
} from './uptake/uptake.service.js';
export { UPTAKE_DIMENSIONS, type UptakeDimension } from './uptake/uptake.dimensions.js';

export { aggregate, type AggregateRequest, type AggregateResult, type AggregateCell } from './aggregate/aggregate.service.js';
export {
  MEASURE_NAMES,
  DIMENSION_NAMES,
  GRANULARITY_NAMES,
  type AggregateMeasure,
  type AggregateDimension,
  type AggregateGranularity,
} from './aggregate/aggregate.catalogue.js';

export { qiMeasureSpc, type QiMeasureSpc, type QiSpcOptions, type QiSpcPoint } from './qi/qi-spc.report.js';
export { involvementOverTime, type InvolvementOverTime, type InvolvementMonth } from './qi/involvement.report.js';
export { serviceSpc, SERVICE_SERIES, type ServiceSeries, type ServiceSpc, type ServiceSpcOptions } from './spc/service-spc.report.js';
export { aggregateSpc, AGGREGATE_SHARES, type AggregateSpcRequest } from './spc/aggregate-spc.report.js';
export type { MonthlySpc, MonthlySpcPoint } from './spc/monthly-spc.chart.js';
export type { ChartOptions, PlacedSuggestion } from './spc/spc-chart.options.js';

export { contractKpis, kpiChart, type ContractKpiReport, type KpiChart, type KpiReport, type KpiPeriod } from './contract/contract-kpi.report.js';

export * from './statistics/summary.statistics.js';
export { floorQueries, type FloorQuery } from './floor/floor.queries.js';

// Added for the API's analytics contract: headline list, distributions, outcomes by group,
// user-marked QI charts, aggregate labels and open-ended periods.
export { outcomeHeadlines, OUTCOME_HEADLINE_SPECS, type HeadlineFigure, type HeadlineKey, type HeadlineKind } from './outcome/outcome-headline.report.js';
export { outcomeDistributions, type OutcomeDistribution, type DistributionBin } from './outcome/outcome-distribution.report.js';
export { OUTCOME_BINS, type BinScheme } from './outcome/outcome.bins.js';
export { outcomesByGroup, type OutcomesByGroup, type GroupOutcome } from './outcome/outcome-group.report.js';
export { OUTCOME_GROUP_DIMENSIONS, type OutcomeGroupDimension } from './outcome/outcome-group.queries.js';
export { qiMeasureChart, type QiChartOptions } from './qi/qi-measure-chart.report.js';
export { aggregateLabels, dimensionKey, type DimensionLabels } from './aggregate/aggregate-label.service.js';
export { checkOpenPeriod, closeOpenPeriod, type OpenPeriod } from './filter/open-period.service.js';
export { NOT_KNOWN_KEY } from './uptake/uptake.dimensions.js';
