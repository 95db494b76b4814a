import type { AggregateCell, AggregateRequest } from '@hub/reporting';
import type { ReportingAccess } from '../analytics/analytics.services.js';
import { reportingCall } from '../analytics/common/reporting.call.js';
import { fillMonths } from '../common/month.range.js';
import { emptyMonth, hasReferrals, largestFirst, toMonthlyCount, toProgrammeCount, toReferralReportFilter } from './referral-count.mapper.js';
import type { ReferralFilter } from './referral.input.js';
import type { MonthlyReferralCount, ProgrammeReferralCount } from './referral.type.js';

/**
 * The referral counts the dashboard charts, from the reporting rollups and under the request's
 * disclosure policy (docs/methods.md), like every other aggregate below record level.
 */
export class ReferralCountService {
  constructor(private readonly access: ReportingAccess) {}

  /** From the first to the last month of the filter's dates where given, else of the months with referrals. */
  async perMonth(filter: ReferralFilter): Promise<MonthlyReferralCount[]> {
    const months = (await this.referrals(filter, { granularity: 'month' })).map(toMonthlyCount);
    const first = filter.receivedFrom ?? months[0]?.month ?? null;
    const last = filter.receivedTo ?? months[months.length - 1]?.month ?? null;
    return fillMonths(months, first, last, emptyMonth);
  }

  async byProgramme(filter: ReferralFilter): Promise<ProgrammeReferralCount[]> {
    return (await this.referrals(filter, { dimensions: ['programme'] })).map(toProgrammeCount).sort(largestFirst);
  }

  private referrals(filter: ReferralFilter, shape: Pick<AggregateRequest, 'dimensions' | 'granularity'>): Promise<AggregateCell[]> {
    const { runner, reporting, disclosure } = this.access;
    return reportingCall(async () => {
      const reportFilter = await toReferralReportFilter(runner, filter);
      const result = await reporting.aggregate({ measures: ['referrals'], ...shape, filter: reportFilter, policy: disclosure });
      return result.rows.filter(hasReferrals);
    });
  }
}
