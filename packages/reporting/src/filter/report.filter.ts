import type { EthnicCode, EthnicGroup, ReferralSourceCode, ReferralStatus, Sex } from './dimension.codes.js';

/** Which date a period applies to: when the referral arrived, or when the programme started. */
export type PeriodBasis = 'received' | 'started';

/** Inclusive ISO dates, or a financial year written '2019/20'. */
export type PeriodFilter = { basis?: PeriodBasis; from: string; to: string } | { basis?: PeriodBasis; financialYear: string };

/**
 * The filters every report accepts. Each list keeps referrals matching any of its values; an
 * absent or empty list does not filter. Lists combine with "and".
 */
export interface ReportFilter {
  period?: PeriodFilter;
  programmeIds?: number[];
  serviceIds?: number[];
  sourceCodes?: ReferralSourceCode[];
  wardCodes?: string[];
  ethnicCodes?: EthnicCode[];
  ethnicGroups?: EthnicGroup[];
  sexes?: Sex[];
  ageBands?: string[];
  deprivationDeciles?: number[];
  statuses?: ReferralStatus[];
}

/** A validated filter: the period resolved to dates, lists present only when they filter. */
export interface ResolvedFilter {
  period: { basis: PeriodBasis; from: string; to: string } | null;
  lists: Partial<Record<FilterList, readonly (string | number)[]>>;
}

export type FilterList = Exclude<keyof ReportFilter, 'period'>;

/** The referral_fact / outcome_pair column and SQL array type behind each list filter. */
export const FILTER_COLUMNS: Readonly<Record<FilterList, { column: string; type: 'int[]' | 'text[]' }>> = {
  programmeIds: { column: 'programme_id', type: 'int[]' },
  serviceIds: { column: 'service_id', type: 'int[]' },
  sourceCodes: { column: 'source_code', type: 'text[]' },
  wardCodes: { column: 'ward_code', type: 'text[]' },
  ethnicCodes: { column: 'ethnic_code', type: 'text[]' },
  ethnicGroups: { column: 'ethnic_group', type: 'text[]' },
  sexes: { column: 'sex', type: 'text[]' },
  ageBands: { column: 'age_band', type: 'text[]' },
  deprivationDeciles: { column: 'deprivation_decile', type: 'int[]' },
  statuses: { column: 'status', type: 'text[]' },
};
