import type { GroupOutcome, InstrumentOutcome, OutcomeHeadline } from '../analytics.types';

const PROPORTION = /* GraphQL */ `numerator denominator estimate lower upper suppressed reason`;

export const OUTCOME_HEADLINES_QUERY = /* GraphQL */ `
	query OutcomeHeadlines($filter: AnalysisFilter) {
		outcomeSummary(filter: $filter) {
			headlines {
				key
				title
				definition
				kind
				estimate
				lower
				upper
				numerator
				denominator
				pairs
				starters
				completers
				reason
			}
		}
	}
`;

export const OUTCOME_INSTRUMENTS_QUERY = /* GraphQL */ `
	query OutcomeInstruments($filter: AnalysisFilter) {
		outcomeSummary(filter: $filter) {
			instruments {
				instrument {
					code
					name
					higherIsBetter
					minScore
					maxScore
				}
				definition
				starters
				completers
				pairs
				improved { ${PROPORTION} }
				meaningfullyImproved { ${PROPORTION} }
				meanChange { n meanBefore meanAfter meanChange lower upper reason }
				relativeChange { n totalBefore totalAfter relativeChange lower upper reason }
				achievingThreshold { ${PROPORTION} }
				thresholdLabel
				distribution { from to before after }
			}
		}
	}
`;

export const OUTCOMES_BY_GROUP_QUERY = /* GraphQL */ `
	query OutcomesByGroup($instrument: String!, $dimension: OutcomeGroupDimension!, $filter: AnalysisFilter) {
		outcomesByGroup(instrument: $instrument, dimension: $dimension, filter: $filter) {
			key
			label
			improved { ${PROPORTION} }
			comparison
		}
	}
`;

export interface OutcomeHeadlinesResult {
	outcomeSummary: { headlines: OutcomeHeadline[] };
}

export interface OutcomeInstrumentsResult {
	outcomeSummary: { instruments: InstrumentOutcome[] };
}

export interface OutcomesByGroupResult {
	outcomesByGroup: GroupOutcome[];
}
