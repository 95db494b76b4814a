import type { Uptake } from '../analytics.types';

const UPTAKE_FIELDS = /* GraphQL */ `
	dimension
	totalReferrals
	totalPopulation
	groups {
		key
		label
		referrals
		share { numerator denominator estimate lower upper suppressed reason }
		population
		populationShare
		gapPoints
		representationRatio
		referralRate { count denominator ratePer1000 lower upper suppressed reason }
		underRepresented
		startRate { numerator denominator estimate lower upper suppressed reason }
		completionRate { numerator denominator estimate lower upper suppressed reason }
		reason
	}
`;

/** The chosen dimension and the wards (for the ward table) in one round trip. */
export const UPTAKE_QUERY = /* GraphQL */ `
	query Uptake($dimension: UptakeDimension!, $filter: AnalysisFilter) {
		chosen: uptake(dimension: $dimension, filter: $filter) {
			${UPTAKE_FIELDS}
		}
		wards: uptake(dimension: WARD, filter: $filter) {
			${UPTAKE_FIELDS}
		}
	}
`;

export interface UptakeResult {
	chosen: Uptake;
	wards: Uptake;
}
