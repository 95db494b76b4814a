import { closeOpenPeriod, type EthnicCode, type EthnicGroup, type ReportFilter, type SqlRunner } from '@hub/reporting';
import { parseId } from '../../common/argument.error.js';
import type { AnalysisFilter } from './analysis-filter.input.js';

/**
 * The reporting filter for an AnalysisFilter. Values are passed on as given: @hub/reporting
 * checks them against its code lists and names the one at fault. A period with one open end
 * is closed at the data's first or last month, which costs one small query.
 */
export async function toReportFilter(runner: SqlRunner, filter: AnalysisFilter | null | undefined): Promise<ReportFilter> {
  if (!filter) return {};
  const period = await closeOpenPeriod(runner, { from: filter.periodFrom, to: filter.periodTo, financialYear: filter.financialYear }, 'filter.period');
  return {
    ...(period ? { period } : {}),
    programmeIds: filter.programmeIds?.map((id, i) => Number(parseId(id, `filter.programmeIds[${i}]`))),
    wardCodes: filter.wardCodes ?? undefined,
    ethnicCodes: (filter.ethnicCodes ?? undefined) as EthnicCode[] | undefined,
    ethnicGroups: (filter.ethnicGroups ?? undefined) as EthnicGroup[] | undefined,
    sexes: filter.sexes ?? undefined,
    ageBands: filter.ageBands ?? undefined,
    deprivationDeciles: filter.deprivationDeciles ?? undefined,
  };
}
