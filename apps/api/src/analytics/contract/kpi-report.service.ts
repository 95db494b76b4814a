import type { ReportingAccess } from '../analytics.services.js';
import { reportingCall } from '../common/reporting.call.js';
import { toKpiReport } from './kpi-report.mapper.js';
import type { KpiReport } from './kpi-report.type.js';

/** A contract's KPI schedule as reported: actuals, targets, RAG and SPC per KPI. */
export class KpiReportService {
  constructor(private readonly access: ReportingAccess) {}

  async contractKpis(contractCode: string): Promise<KpiReport[]> {
    const { reporting, disclosure } = this.access;
    return reportingCall(async () => (await reporting.contractKpis(contractCode, disclosure)).kpis.map(toKpiReport), 'contractCode');
  }
}
