import { SUPPRESSED, closeOpenPeriod, type AggregateCell, type EthnicCode, type ReportFilter, type ReportedValue, type SqlRunner } from '@hub/reporting';
import type { ReferralFilter } from './referral.input.js';
import { MonthlyReferralCount, ProgrammeReferralCount } from './referral.type.js';

/**
 * The reporting filter for a ReferralFilter. Values are passed on as given: @hub/reporting checks
 * them against its code lists and names the one at fault. One open end of the received dates is
 * closed at the data's first or last month, which costs one small query.
 */
export async function toReferralReportFilter(runner: SqlRunner, filter: ReferralFilter): Promise<ReportFilter> {
  const period = await closeOpenPeriod(runner, { from: filter.receivedFrom, to: filter.receivedTo }, 'filter.received');
  return {
    ...(period ? { period } : {}),
    programmeIds: filter.programmeIds?.map(Number),
    serviceIds: filter.serviceIds?.map(Number),
    wardCodes: filter.wardCodes ?? undefined,
    ethnicCodes: (filter.ethnicCodes ?? undefined) as EthnicCode[] | undefined,
    sourceCodes: filter.sourceCodes ?? undefined,
    statuses: filter.statuses ?? undefined,
  };
}

const referralsOf = (cell: AggregateCell): ReportedValue => cell.measures.referrals ?? { value: null, reason: 'not computed' };

const disclosed = (shown: ReportedValue) => ({ count: shown.value, suppressed: shown.reason === SUPPRESSED, reason: shown.reason });

export const toMonthlyCount = (cell: AggregateCell): MonthlyReferralCount =>
  Object.assign(new MonthlyReferralCount(), { month: cell.period as string, ...disclosed(referralsOf(cell)) });

/** A month with no referrals: 0 is shown (docs/methods.md). */
export const emptyMonth = (month: string): MonthlyReferralCount =>
  Object.assign(new MonthlyReferralCount(), { month, count: 0, suppressed: false, reason: null });

export const toProgrammeCount = (cell: AggregateCell): ProgrammeReferralCount =>
  Object.assign(new ProgrammeReferralCount(), { programmeId: String(cell.dimensions.programme), ...disclosed(referralsOf(cell)) });

/** Largest published count first, withheld counts (1 to 7) last, ties by programme id: never by the exact count. */
export const largestFirst = (a: ProgrammeReferralCount, b: ProgrammeReferralCount): number =>
  (b.count ?? -1) - (a.count ?? -1) || Number(a.programmeId) - Number(b.programmeId);

/** Rollups may hold a group whose referrals sum to 0; like the GROUP BY they replace, counts list only groups with referrals. */
export const hasReferrals = (cell: AggregateCell): boolean => referralsOf(cell).value !== 0;
