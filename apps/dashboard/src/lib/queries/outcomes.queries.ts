import { graphql } from '../graphql';
import type { OutcomeHeadlinesQuery, OutcomeInstrumentsQuery, OutcomesByGroupQuery } from '../graphql/graphql';

export const OUTCOME_HEADLINES_QUERY = graphql(`
	query OutcomeHeadlines($filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {
		outcomeSummary(filter: $filter, timepoint: $timepoint) {
			timepoint
			pairing
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
				lost
				reason
			}
		}
	}
`);

export const OUTCOME_INSTRUMENTS_QUERY = graphql(`
	query OutcomeInstruments($filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {
		outcomeSummary(filter: $filter, timepoint: $timepoint) {
			timepoint
			pairing
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
				lost
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
	query OutcomesByGroup($instrument: String!, $dimension: OutcomeGroupDimension!, $filter: ReferralFilter, $timepoint: OutcomeTimepoint!) {
		outcomesByGroup(instrument: $instrument, dimension: $dimension, filter: $filter, timepoint: $timepoint) {
			key
			label
			improved {
				...Proportion
			}
			comparison
			definition
		}
	}
`);

export type HeadlineSummary = OutcomeHeadlinesQuery['outcomeSummary'];
export type OutcomeHeadline = HeadlineSummary['headlines'][number];
export type InstrumentSummary = OutcomeInstrumentsQuery['outcomeSummary'];
export type InstrumentOutcome = InstrumentSummary['instruments'][number];
export type HistogramBin = InstrumentOutcome['distribution'][number];
export type GroupOutcome = OutcomesByGroupQuery['outcomesByGroup'][number];
