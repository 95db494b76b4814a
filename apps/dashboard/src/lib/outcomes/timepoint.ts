/**
 * Which later score every outcome figure pairs the baseline with
 * (docs/methods.md, "Which later score a figure pairs with"). The choice lives in the URL as `?timepoint=follow_up`; what a pair
 * is at each timepoint is the API's `OutcomeSummary.pairing`, shown beside the figures.
 */
import type { OutcomeTimepoint } from '$lib/graphql/graphql';

export interface TimepointOption {
	/** The URL's value, e.g. "follow_up". */
	value: string;
	timepoint: OutcomeTimepoint;
	label: string;
	/** What "lost" counts at this timepoint, after the count: "lost before follow-up". */
	lost: string;
}

export const OUTCOME_TIMEPOINTS: readonly TimepointOption[] = [
	{ value: 'end_of_programme', timepoint: 'END_OF_PROGRAMME', label: 'End of programme', lost: 'lost before the end of the programme' },
	{ value: 'follow_up', timepoint: 'FOLLOW_UP', label: 'Follow-up', lost: 'lost before follow-up' },
	{ value: 'latest', timepoint: 'LATEST', label: 'Latest', lost: 'lost before any later score' }
];

/** The API's default, so a URL without the key means what the API answers without the argument. */
const DEFAULT_TIMEPOINT: OutcomeTimepoint = 'END_OF_PROGRAMME';

export function timepointOption(timepoint: OutcomeTimepoint): TimepointOption {
	return OUTCOME_TIMEPOINTS.find((option) => option.timepoint === timepoint) ?? OUTCOME_TIMEPOINTS[0];
}

/** `?timepoint=follow_up` → FOLLOW_UP; anything else is the default. */
export function parseTimepoint(params: URLSearchParams): OutcomeTimepoint {
	const value = params.get('timepoint');
	return OUTCOME_TIMEPOINTS.find((option) => option.value === value)?.timepoint ?? DEFAULT_TIMEPOINT;
}

/** The URL value of a timepoint; null for the default, which the URL leaves out. */
export function timepointParam(timepoint: OutcomeTimepoint): string | null {
	return timepoint === DEFAULT_TIMEPOINT ? null : timepointOption(timepoint).value;
}
