import type { ReportingAccess } from '../analytics.services.js';
import type { ReferralFilter } from '../../referral/referral.input.js';
import { toReportFilter } from '../../referral/referral-filter.mapper.js';
import { reportingCall } from '../common/reporting.call.js';
import type { UptakeDimension } from './uptake-analytics.enums.js';
import { toUptake } from './uptake-analytics.mapper.js';
import type { Uptake } from './uptake-analytics.type.js';

/** Uptake gaps: who is referred, against who lives in the town. */
export class UptakeAnalyticsService {
  constructor(private readonly access: ReportingAccess) {}

  async uptake(dimension: UptakeDimension, filter: ReferralFilter | null): Promise<Uptake> {
    const { runner, reporting, disclosure } = this.access;
    return reportingCall(async () => {
      const report = await reporting.uptake(dimension, await toReportFilter(runner, filter), { policy: disclosure });
      return toUptake(report);
    });
  }
}
