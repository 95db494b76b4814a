import { graphql } from '../graphql';
import type { UptakeFragment } from '../graphql/graphql';

/** A gap or ratio with its 95% interval, as the API derives it from the referral share. */
/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const INTERVAL_ESTIMATE_FRAGMENT = graphql(`
	fragment IntervalEstimate on IntervalEstimate {
		estimate
		lower
		upper
		reason
	}
`);

/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const UPTAKE_FRAGMENT = graphql(`
	fragment Uptake on Uptake {
		dimension
		definitions {
			dimension
			share
			populationShare
			gap
			rate
			standardisedRate
			funnel
			underRepresented
			unstated
		}
		eligibleMinAge
		eligibleMaxAge
		eligibleAgeBands
		rateYears
		totalReferrals
		statedReferrals
		totalPopulation
		unstated {
			labels
			referrals
			share {
				...Proportion
			}
		}
		groups {
			key
			label
			referrals
			share {
				...Proportion
			}
			population
			populationShare
			gapPoints
			representationRatio
			gap {
				...IntervalEstimate
			}
			ratio {
				...IntervalEstimate
			}
			referralRate {
				...Rate
			}
			standardisedRate {
				...IntervalEstimate
			}
			underRepresented
			startRate {
				...Proportion
			}
			startComparison
			completionRate {
				...Proportion
			}
			completionComparison
			reason
		}
	}
`);

/** The chosen dimension and the wards (for the ward table) in one round trip. */
export const UPTAKE_QUERY = graphql(`
	query Uptake($dimension: UptakeDimension!, $filter: ReferralFilter) {
		chosen: uptake(dimension: $dimension, filter: $filter) {
			...Uptake
		}
		wards: uptake(dimension: WARD, filter: $filter) {
			...Uptake
		}
	}
`);

export type Uptake = UptakeFragment;
export type UptakeGroup = Uptake['groups'][number];
