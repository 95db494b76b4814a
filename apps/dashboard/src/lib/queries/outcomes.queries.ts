import { graphql } from '../graphql';
import type { OutcomeHeadlinesQuery, OutcomeInstrumentsQuery, OutcomesByGroupQuery } from '../graphql/graphql';

export const OUTCOME_HEADLINES_QUERY = graphql(`
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
`);

export const OUTCOME_INSTRUMENTS_QUERY = graphql(`
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
				improved {
					...Proportion
				}
				meaningfullyImproved {
					...Proportion
				}
				meanChange {
					n
					meanBefore
					meanAfter
					meanChange
					lower
					upper
					reason
				}
				relativeChange {
					n
					totalBefore
					totalAfter
					relativeChange
					lower
					upper
					reason
				}
				achievingThreshold {
					...Proportion
				}
				thresholdLabel
				distribution {
					from
					to
					before
					after
				}
			}
		}
	}
`);

export const OUTCOMES_BY_GROUP_QUERY = graphql(`
	query OutcomesByGroup($instrument: String!, $dimension: OutcomeGroupDimension!, $filter: AnalysisFilter) {
		outcomesByGroup(instrument: $instrument, dimension: $dimension, filter: $filter) {
			key
			label
			improved {
				...Proportion
			}
			comparison
		}
	}
`);

export type OutcomeHeadline = OutcomeHeadlinesQuery['outcomeSummary']['headlines'][number];
export type InstrumentOutcome = OutcomeInstrumentsQuery['outcomeSummary']['instruments'][number];
export type HistogramBin = InstrumentOutcome['distribution'][number];
export type GroupOutcome = OutcomesByGroupQuery['outcomesByGroup'][number];
