import type { MonthlyReferralCount, ProgrammeReferralCount, ReferralFilter } from '../hub-api.types';

export const REFERRALS_PER_MONTH_QUERY = /* GraphQL */ `
	query ReferralsPerMonth($filter: ReferralFilter) {
		referralsPerMonth(filter: $filter) {
			month
			count
		}
	}
`;

export const REFERRALS_BY_PROGRAMME_QUERY = /* GraphQL */ `
	query ReferralsByProgramme($filter: ReferralFilter) {
		referralsByProgramme(filter: $filter) {
			count
			programme {
				id
				code
				name
				service {
					id
					name
				}
			}
		}
	}
`;

export interface ReferralsVariables {
	[name: string]: unknown;
	filter: ReferralFilter;
}

export interface ReferralsPerMonthResult {
	referralsPerMonth: MonthlyReferralCount[];
}

export interface ReferralsByProgrammeResult {
	referralsByProgramme: ProgrammeReferralCount[];
}
