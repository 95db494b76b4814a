// Every report bound to one SqlRunner: what the API puts in its request context. The
// API reads reporting only through this object, so that access control can wrap each call.
import { aggregate, type AggregateRequest } from './aggregate/aggregate.service.js';
import { contractKpis } from './contract/contract-kpi.report.js';
import { dataCoverage } from './coverage/data-coverage.report.js';
import type { DisclosurePolicy } from './disclosure/disclosure.policy.js';
import type { ReportFilter } from './filter/report.filter.js';
import { referralFunnel } from './funnel/referral-funnel.report.js';
import { outcomeDistributions } from './outcome/outcome-distribution.report.js';
import { outcomesByGroup } from './outcome/outcome-group.report.js';
import type { OutcomeGroupDimension } from './outcome/outcome-group.queries.js';
import type { OutcomeComparison } from './outcome/outcome.comparison.js';
import { outcomeSummary } from './outcome/outcome.report.js';
import { qiMeasureChart, type QiChartOptions } from './qi/qi-measure-chart.report.js';
import { involvementOverTime } from './qi/involvement.report.js';
import { qiMeasureSpc, type QiSpcOptions } from './qi/qi-spc.report.js';
import { refreshRollups, type RefreshOptions } from './rollup/rollup.refresh.js';
import { aggregateSpc, type AggregateSpcRequest } from './spc/aggregate-spc.report.js';
import { serviceSpc, type ServiceSeries, type ServiceSpcOptions } from './spc/service-spc.report.js';
import type { SqlRunner } from './sql/sql.runner.js';
import type { UptakeDimension } from './uptake/uptake.dimensions.js';
import { uptake, type UptakeOptions } from './uptake/uptake.service.js';

export function createReporting(runner: SqlRunner) {
  return {
    outcomeSummary: (filter?: ReportFilter, policy?: DisclosurePolicy, comparison?: OutcomeComparison) => outcomeSummary(runner, filter, policy, comparison),
    outcomeDistributions: (filter: ReportFilter, policy?: DisclosurePolicy, comparison?: OutcomeComparison) =>
      outcomeDistributions(runner, filter, policy, comparison),
    outcomesByGroup: (instrument: string, dimension: OutcomeGroupDimension, filter?: ReportFilter, policy?: DisclosurePolicy, comparison?: OutcomeComparison) =>
      outcomesByGroup(runner, instrument, dimension, filter, policy, comparison),
    uptake: (dimension: UptakeDimension, filter?: ReportFilter, options?: UptakeOptions) => uptake(runner, dimension, filter, options),
    aggregate: (request: AggregateRequest) => aggregate(runner, request),
    referralFunnel: (filter?: ReportFilter, policy?: DisclosurePolicy) => referralFunnel(runner, filter, policy),
    qiMeasureSpc: (measureId: number, options?: QiSpcOptions) => qiMeasureSpc(runner, measureId, options),
    qiMeasureChart: (measureId: number, options?: QiChartOptions) => qiMeasureChart(runner, measureId, options),
    aggregateSpc: (request: AggregateSpcRequest) => aggregateSpc(runner, request),
    serviceSpc: (series: ServiceSeries, filter?: ReportFilter, options?: ServiceSpcOptions) => serviceSpc(runner, series, filter, options),
    involvementOverTime: (options?: { from?: string; to?: string }) => involvementOverTime(runner, options),
    contractKpis: (contractCode: string, policy?: DisclosurePolicy) => contractKpis(runner, contractCode, policy),
    refreshRollups: (options?: RefreshOptions) => refreshRollups(runner, options),
    dataCoverage: () => dataCoverage(runner),
  };
}

export type Reporting = ReturnType<typeof createReporting>;
