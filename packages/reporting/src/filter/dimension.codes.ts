// Code lists the reporting filters accept (docs/methods.md, "Codes"), mirrored from the migration's code
// tables so that a bad filter value is rejected before any SQL runs.
import { AGE_BANDS } from '@hub/analytics';

export const ETHNIC_CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z', '99'] as const;
export type EthnicCode = (typeof ETHNIC_CODES)[number];

export const ETHNIC_GROUPS = ['White', 'Mixed', 'Asian', 'Black', 'Other', 'Not stated', 'Not known'] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

/** Groups counted as Black, Asian and minority ethnic: every stated group other than White. */
export const BAME_GROUPS: readonly EthnicGroup[] = ['Mixed', 'Asian', 'Black', 'Other'];
/** Groups with no ethnicity to count: left out of BAME-share denominators. */
export const UNKNOWN_ETHNIC_GROUPS: readonly EthnicGroup[] = ['Not stated', 'Not known'];

export const SEXES = ['female', 'male', 'other', 'not_stated'] as const;
export type Sex = (typeof SEXES)[number];

export const REFERRAL_SOURCES = ['gp', 'hospital', 'community', 'social_care', 'self', 'other'] as const;
export type ReferralSourceCode = (typeof REFERRAL_SOURCES)[number];

export const REFERRAL_STATUSES = ['received', 'assessed', 'started', 'completed', 'declined', 'did_not_start', 'dropped_out'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const AGE_BAND_CODES: readonly string[] = AGE_BANDS;

export const WARD_CODE_PATTERN = /^[A-Z0-9]{2,12}$/;
