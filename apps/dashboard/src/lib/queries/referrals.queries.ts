import type { ProgrammeReferralCount, ReferralFilter } from '../hub-api.types';

export const REFERRALS_BY_PROGRAMME_QUERY = /* GraphQL */ `
	query ReferralsByProgramme($filter: ReferralFilter) {
		referralsByProgramme(filter: $filter) {
			count
			suppressed
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

export interface ReferralsByProgrammeResult {
	referralsByProgramme: ProgrammeReferralCount[];
}
