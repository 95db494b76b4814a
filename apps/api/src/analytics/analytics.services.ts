import type { DisclosurePolicy, Reporting, SqlRunner } from '@hub/reporting';
import { lazyProperties } from '../common/lazy.js';
import { KpiReportService } from './contract/kpi-report.service.js';
import { AggregateAnalyticsService } from './aggregate/aggregate-analytics.service.js';
import { DataCoverageService } from './coverage/data-coverage.service.js';
import { ReferralFunnelService } from './funnel/referral-funnel.service.js';
import { OutcomeAnalyticsService } from './outcomes/outcome-analytics.service.js';
import { SpcAnalyticsService, type ServiceCycles } from './spc/spc-analytics.service.js';
import { UptakeAnalyticsService } from './uptake/uptake-analytics.service.js';

/**
 * What every analytics service reads through: the request's connection (for code lists and
 * labels only), reporting scoped to the caller (context/hub.context.ts) and their disclosure policy.
 */
export interface ReportingAccess {
  runner: SqlRunner;
  reporting: Reporting;
  disclosure: DisclosurePolicy;
}

/** The analytics of @hub/reporting for one request, on the request's own EntityManager. */
export function createAnalyticsServices(access: ReportingAccess, serviceCycles?: ServiceCycles) {
  return lazyProperties({
    outcomes: () => new OutcomeAnalyticsService(access),
    uptake: () => new UptakeAnalyticsService(access),
    aggregate: () => new AggregateAnalyticsService(access),
    funnel: () => new ReferralFunnelService(access),
    spc: () => new SpcAnalyticsService(access, serviceCycles),
    kpis: () => new KpiReportService(access),
    coverage: () => new DataCoverageService(access),
  });
}
