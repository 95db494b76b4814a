import type { AgeBand, EthnicCategory, MonthlyReferralCount, Programme, Ward } from '../hub-api.types';

/** The lists the analysis filters offer; all small, so one request. */
export const FILTER_OPTIONS_QUERY = /* GraphQL */ `
	query FilterOptions {
		programmes {
			id
			code
			name
			service {
				id
				name
			}
		}
		wards {
			code
			name
			deprivationDecile
		}
		ageBands {
			code
			minAge
		}
		ethnicCategories {
			code
			name
			broadGroup
		}
		referralsPerMonth {
			month
			count
		}
	}
`;

export interface FilterOptionsResult {
	programmes: Programme[];
	wards: Ward[];
	ageBands: AgeBand[];
	ethnicCategories: EthnicCategory[];
	referralsPerMonth: Pick<MonthlyReferralCount, 'month' | 'count'>[];
}
