import { graphql } from '../graphql';

/** The board pack's uptake gaps: the inequalities a board asks about, by ethnic group, age and deprivation. */
export const BOARD_PACK_UPTAKE_QUERY = graphql(`
	query BoardPackUptake($filter: ReferralFilter) {
		ethnicGroup: uptake(dimension: ETHNIC_GROUP, filter: $filter) {
			...Uptake
		}
		ageBand: uptake(dimension: AGE_BAND, filter: $filter) {
			...Uptake
		}
		deprivation: uptake(dimension: DEPRIVATION_DECILE, filter: $filter) {
			...Uptake
		}
	}
`);
