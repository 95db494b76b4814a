import { graphql } from '../graphql';

/** The lists the analysis filters offer; all small, so one request. */
export const FILTER_OPTIONS_QUERY = graphql(`
	query FilterOptions {
		programmes {
			...Programme
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
`);
