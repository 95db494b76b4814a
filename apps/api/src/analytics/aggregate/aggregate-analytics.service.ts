import { aggregateLabels } from '@hub/reporting';
import { once } from '../../common/lazy.js';
import type { ReportingAccess } from '../analytics.services.js';
import type { ReferralFilter } from '../../referral/referral.input.js';
import { toReportFilter } from '../../referral/referral-filter.mapper.js';
import { reportingCall } from '../common/reporting.call.js';
import type { AggregateDimension, AggregateMeasure, TimeGranularity } from './aggregate-analytics.enums.js';
import { toAggregateResult } from './aggregate-analytics.mapper.js';
import type { AggregateResult } from './aggregate-analytics.type.js';

export interface AggregateQuery {
  measures: AggregateMeasure[];
  dimensions: AggregateDimension[];
  granularity: TimeGranularity | null;
  filter: ReferralFilter | null;
}

/** Counts and waits by any whitelisted dimensions and time buckets, with names for the groups. */
export class AggregateAnalyticsService {
  constructor(private readonly access: ReportingAccess) {}

  async aggregate(query: AggregateQuery): Promise<AggregateResult> {
    const { runner, reporting, disclosure } = this.access;
    return reportingCall(async () => {
      const result = await reporting.aggregate({
        measures: query.measures,
        dimensions: query.dimensions,
        granularity: query.granularity ?? undefined,
        filter: await toReportFilter(runner, query.filter),
        policy: disclosure,
      });
      return toAggregateResult(
        result,
        once(() => aggregateLabels(runner, result.dimensions, result.rows)),
      );
    });
  }
}
