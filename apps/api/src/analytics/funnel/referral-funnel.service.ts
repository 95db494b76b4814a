import type { ReportingAccess } from '../analytics.services.js';
import type { ReferralFilter } from '../../referral/referral.input.js';
import { toReportFilter } from '../../referral/referral-filter.mapper.js';
import { reportingCall } from '../common/reporting.call.js';
import { toReferralFunnel } from './referral-funnel.mapper.js';
import type { ReferralFunnel } from './referral-funnel.type.js';

/** The referral funnel: how far the referrals in a filter got. */
export class ReferralFunnelService {
  constructor(private readonly access: ReportingAccess) {}

  async referralFunnel(filter: ReferralFilter | null): Promise<ReferralFunnel> {
    const { runner, reporting, disclosure } = this.access;
    return reportingCall(async () => toReferralFunnel(await reporting.referralFunnel(await toReportFilter(runner, filter), disclosure)));
  }
}
