import type { AggregateCell, AggregateRequest } from '@hub/reporting';
import type { ReportingAccess } from '../analytics/analytics.services.js';
import { reportingCall } from '../analytics/common/reporting.call.js';
import { fillMonths } from '../common/month.range.js';
import { emptyMonth, hasReferrals, largestFirst, toMonthlyCount, toProgrammeCount } from './referral-count.mapper.js';
import { toReportFilter } from './referral-filter.mapper.js';
import type { ReferralFilter } from './referral.input.js';
import type { MonthlyReferralCount, ProgrammeReferralCount } from './referral.type.js';

/**
 * The referral counts the dashboard charts, from the reporting rollups and under the request's
 * disclosure policy (docs/methods.md), like every other aggregate below record level.
 */
export class ReferralCountService {
  constructor(private readonly access: ReportingAccess) {}

  /** From the first to the last month of the filter's period where given, else of the months with referrals. */
  async perMonth(filter: ReferralFilter | null): Promise<MonthlyReferralCount[]> {
    const { period, cells } = await this.referrals(filter, { granularity: 'month' });
    const months = cells.map(toMonthlyCount);
    const first = period?.from ?? months[0]?.month ?? null;
    const last = period?.to ?? months[months.length - 1]?.month ?? null;
    return fillMonths(months, first, last, emptyMonth);
  }

  async byProgramme(filter: ReferralFilter | null): Promise<ProgrammeReferralCount[]> {
    return (await this.referrals(filter, { dimensions: ['programme'] })).cells.map(toProgrammeCount).sort(largestFirst);
  }

  private referrals(
    filter: ReferralFilter | null,
    shape: Pick<AggregateRequest, 'dimensions' | 'granularity'>,
  ): Promise<{ period: { from: string; to: string } | null; cells: AggregateCell[] }> {
    const { runner, reporting, disclosure } = this.access;
    return reportingCall(async () => {
      const reportFilter = await toReportFilter(runner, filter);
      const result = await reporting.aggregate({ measures: ['referrals'], ...shape, filter: reportFilter, policy: disclosure });
      const period = reportFilter.period && 'from' in reportFilter.period ? reportFilter.period : null;
      return { period, cells: result.rows.filter(hasReferrals) };
    });
  }
}
