import type { ReportingAccess } from '../analytics.services.js';
import { reportingCall } from '../common/reporting.call.js';
import { toChartOptions, type SpcOptionsInput } from '../spc/spc-analytics.input.js';
import type { SpcChart } from '../spc/spc-analytics.type.js';
import { toKpiReport, toKpiSpcChart } from './kpi-report.mapper.js';
import type { KpiReport } from './kpi-report.type.js';

/** A contract's KPI schedule as reported: actuals, targets, RAG and SPC per KPI. */
export class KpiReportService {
  constructor(private readonly access: ReportingAccess) {}

  async contractKpis(contractCode: string): Promise<KpiReport[]> {
    const { reporting, disclosure } = this.access;
    return reportingCall(async () => (await reporting.contractKpis(contractCode, disclosure)).kpis.map(toKpiReport), 'contractCode');
  }

  /** A KPI's chart drawn again with the reader's options; nothing is read again from the database. */
  async spcChart(report: KpiReport, options: SpcOptionsInput | null): Promise<SpcChart> {
    return reportingCall(async () => toKpiSpcChart(report.reported, toChartOptions(options)));
  }
}
