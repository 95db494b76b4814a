import {
  checkOpenPeriod,
  closeOpenPeriod,
  resolveFilter,
  type EthnicCode,
  type EthnicGroup,
  type OpenPeriod,
  type ReportFilter,
  type ResolvedFilter,
  type SqlRunner,
} from '@hub/reporting';
import { parseId } from '../common/argument.error.js';
import type { ReferralFilter } from './referral.input.js';

/** A checked filter for record lists: the lists validated, the period's open ends left open. */
export interface RecordFilter {
  period: { from: string | null; to: string | null } | null;
  lists: ResolvedFilter['lists'];
}

const periodOf = (filter: ReferralFilter): OpenPeriod => ({ from: filter.periodFrom, to: filter.periodTo, financialYear: filter.financialYear });

const idsOf = (ids: string[] | null | undefined, field: string): number[] | undefined => ids?.map((id, i) => Number(parseId(id, `filter.${field}[${i}]`)));

/** Everything but the period, as reporting names it; @hub/reporting checks the codes and names the one at fault. */
function reportLists(filter: ReferralFilter): Omit<ReportFilter, 'period'> {
  return {
    programmeIds: idsOf(filter.programmeIds, 'programmeIds'),
    serviceIds: idsOf(filter.serviceIds, 'serviceIds'),
    sourceCodes: filter.sourceCodes ?? undefined,
    statuses: filter.statuses ?? undefined,
    wardCodes: filter.wardCodes ?? undefined,
    ethnicCodes: (filter.ethnicCodes ?? undefined) as EthnicCode[] | undefined,
    ethnicGroups: (filter.ethnicGroups ?? undefined) as EthnicGroup[] | undefined,
    sexes: filter.sexes ?? undefined,
    ageBands: filter.ageBands ?? undefined,
    deprivationDeciles: filter.deprivationDeciles ?? undefined,
  };
}

/**
 * The reporting filter for analytics. A period with one open end is closed at the data's first
 * or last month, which costs one small query.
 */
export async function toReportFilter(runner: SqlRunner, filter: ReferralFilter | null | undefined): Promise<ReportFilter> {
  if (!filter) return {};
  const period = await closeOpenPeriod(runner, periodOf(filter), 'filter.period');
  return { ...(period ? { period } : {}), ...reportLists(filter) };
}

/** The same filter for record lists, checked by the same rules, so a list and a count select the same referrals. */
export function toRecordFilter(filter: ReferralFilter | null | undefined): RecordFilter {
  if (!filter) return { period: null, lists: {} };
  return { period: checkOpenPeriod(periodOf(filter), 'filter.period') ?? null, lists: resolveFilter(reportLists(filter)).lists };
}
