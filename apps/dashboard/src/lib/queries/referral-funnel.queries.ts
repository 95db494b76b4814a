import { graphql } from '../graphql';
import type { ReferralFunnelQuery } from '../graphql/graphql';

/** The funnel as the API shapes it: stages, shares of the previous stage, losses and endings. */
export const REFERRAL_FUNNEL_QUERY = graphql(`
	query ReferralFunnel($filter: ReferralFilter) {
		referralFunnel(filter: $filter) {
			definition
			totalsNote
			stages {
				stage
				label
				referrals
				reason
				ofPrevious {
					...Proportion
				}
				lostFromPrevious
			}
			endings {
				ending
				label
				referrals
				reason
			}
		}
	}
`);

export type ReferralFunnel = ReferralFunnelQuery['referralFunnel'];
