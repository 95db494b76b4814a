import type { SpcDirection } from '@hub/analytics';
import { totalsNote } from '@hub/reporting';
import { toCountTotal } from '../common/figure.mapper.js';
import type { AggregateMeasure } from '../aggregate/aggregate-analytics.enums.js';
import type { ReportingAccess } from '../analytics.services.js';
import type { ReferralFilter } from '../../referral/referral.input.js';
import { toReportFilter } from '../../referral/referral-filter.mapper.js';
import { reportingCall } from '../common/reporting.call.js';
import type { ServiceSeries } from './spc-analytics.enums.js';
import { toChartOptions, type SpcOptionsInput } from './spc-analytics.input.js';
import { monthlyChartShape, qiMeasureChartShape, toInvolvementPoint, toSpcChart, withServiceCycles, type MarkerShape } from './spc-analytics.mapper.js';
import type { InvolvementPoint, SpcChart } from './spc-analytics.type.js';

/**
 * Which way is good for each service series. Stated here and passed to reporting, rather than
 * left to its default, so the chart can say which direction its colours assume.
 */
const SERVICE_DIRECTIONS: Readonly<Record<ServiceSeries, SpcDirection>> = { referrals: 'neither', bameShare: 'increase' };

export interface AggregateSpcQuery {
  measure: AggregateMeasure;
  per: AggregateMeasure | null;
  filter: ReferralFilter | null;
  direction: SpcDirection;
  options: SpcOptionsInput | null;
}

/** PDSA cycles shown on the charts of the services running these programmes. */
export type ServiceCycles = (programmeIds: readonly string[]) => Promise<Omit<MarkerShape, 'period'>[]>;

/** SPC charts of the service, of QI measures, and QI service-user involvement over time. */
export class SpcAnalyticsService {
  constructor(
    private readonly access: ReportingAccess,
    private readonly serviceCycles: ServiceCycles = async () => [],
  ) {}

  async serviceChart(series: ServiceSeries, filter: ReferralFilter | null, options: SpcOptionsInput | null): Promise<SpcChart> {
    const { runner, reporting, disclosure } = this.access;
    const direction = SERVICE_DIRECTIONS[series];
    return reportingCall(async () => {
      const spc = await reporting.serviceSpc(series, await toReportFilter(runner, filter), { ...toChartOptions(options), direction, policy: disclosure });
      // Only a chart narrowed to programmes is a service's own chart; the hub-wide one carries no project's cycles.
      const cycles = filter?.programmeIds?.length ? await this.serviceCycles(filter.programmeIds) : [];
      const chart = toSpcChart(withServiceCycles(monthlyChartShape(spc, options?.target ?? null), cycles));
      chart.total = spc.total && toCountTotal(spc.total, totalsNote(disclosure));
      return chart;
    });
  }

  /** Any aggregate measure month by month, or one count as a share of another, for any filter. */
  async aggregateChart(query: AggregateSpcQuery): Promise<SpcChart> {
    const { runner, reporting, disclosure } = this.access;
    return reportingCall(async () => {
      const spc = await reporting.aggregateSpc({
        measure: query.measure,
        per: query.per ?? undefined,
        filter: await toReportFilter(runner, query.filter),
        direction: query.direction,
        options: toChartOptions(query.options),
        policy: disclosure,
      });
      return toSpcChart(monthlyChartShape(spc, query.options?.target ?? null));
    });
  }

  async measureChart(measureId: string, options: SpcOptionsInput | null): Promise<SpcChart> {
    return reportingCall(async () =>
      toSpcChart(qiMeasureChartShape(await this.access.reporting.qiMeasureChart(Number(measureId), toChartOptions(options)), options?.target)),
    );
  }

  async involvement(): Promise<InvolvementPoint[]> {
    const { months } = await this.access.reporting.involvementOverTime();
    return months.map(toInvolvementPoint);
  }
}
