import { graphql } from '../graphql';
import type { ReferralsByStatusQuery } from '../graphql/graphql';

/**
 * Referrals by their current status; the funnel counts each referral at every stage it has
 * reached (see referral-funnel.ts).
 */
export const REFERRALS_BY_STATUS_QUERY = graphql(`
	query ReferralsByStatus($filter: AnalysisFilter) {
		aggregate(measures: [REFERRALS], dimensions: [STATUS], filter: $filter) {
			rows {
				dimensions {
					dimension
					key
					label
				}
				values {
					measure
					value
					suppressed
					reason
				}
			}
			totals {
				measure
				value
				suppressed
				reason
			}
		}
	}
`);

export type AggregateResult = ReferralsByStatusQuery['aggregate'];
