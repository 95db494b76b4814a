import { SUPPRESSED, type AggregateCell, type ReportedValue } from '@hub/reporting';
import { MonthlyReferralCount, ProgrammeReferralCount } from './referral.type.js';

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
