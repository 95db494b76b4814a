import { graphql } from '../graphql';

export const DATA_COVERAGE_QUERY = graphql(`
	query DataCoverage {
		dataCoverage {
			lastReferralOn
			rollupsRefreshedAt
			latestCompleteFinancialYear
			definition
		}
	}
`);
