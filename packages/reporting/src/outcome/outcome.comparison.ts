// Which later score a baseline is paired with. Every outcome figure names its comparison;
// none mixes two (docs/methods.md, "Which later score a figure pairs with").
import { checkOneOf } from '../input/input.validate.js';

export const OUTCOME_COMPARISONS = ['end', 'follow_up', 'latest'] as const;
export type OutcomeComparison = (typeof OUTCOME_COMPARISONS)[number];

/** End of programme: what a programme's own outcomes are judged on, and what contract KPIs use. */
export const DEFAULT_OUTCOME_COMPARISON: OutcomeComparison = 'end';

const WORDS: Readonly<Record<OutcomeComparison, string>> = {
  end: 'at the end of the programme',
  follow_up: 'at the latest follow-up (6 or 12 months after the end)',
  latest: 'at the most recent later measurement (end of programme or follow-up)',
};

/** 'at the end of the programme', for a figure's label and definition. */
export function comparisonWords(comparison: OutcomeComparison): string {
  return WORDS[comparison];
}

export function checkComparison(value: string | undefined): OutcomeComparison {
  return value === undefined ? DEFAULT_OUTCOME_COMPARISON : checkOneOf(value, OUTCOME_COMPARISONS, 'comparison');
}

/** The one pairing rule of a summary, in words. */
export function pairingDefinition(comparison: OutcomeComparison): string {
  return (
    `A pair is one referral measured at baseline and again ${comparisonWords(comparison)} on the same instrument. ` +
    'Everyone with a baseline score who has no score at that timepoint is counted as lost before it.'
  );
}
