/** Shaping for one QI project's page: PDSA cycles, involvement history and notes. */
import type { InvolvementLevel, MeasureDirection, PdsaDecision } from '$lib/graphql/graphql';
import type { InvolvementChange, PdsaCycle, QiAnnotation } from '$lib/queries/qi.queries';

export function sortedCycles<T extends Pick<PdsaCycle, 'sequence'>>(cycles: readonly T[]): T[] {
	return [...cycles].sort((a, b) => a.sequence - b.sequence);
}

const DECISIONS: Record<PdsaDecision, string> = {
	ADOPT: 'Adopt: keep the change as it is',
	ADAPT: 'Adapt: change it and test again',
	ABANDON: 'Abandon: drop the idea'
};

export function decisionLabel(decision: PdsaDecision | null): string {
	return decision ? DECISIONS[decision] : 'Not decided yet';
}

export interface InvolvementPeriod {
	level: InvolvementLevel;
	from: string;
	/** The day the next level took effect; null for the level in effect now. */
	until: string | null;
}

/** The involvement history as periods, oldest first. */
export function involvementPeriods(history: readonly InvolvementChange[]): InvolvementPeriod[] {
	const ordered = [...history].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
	return ordered.map((change, index) => ({
		level: change.level,
		from: change.effectiveOn,
		until: ordered[index + 1]?.effectiveOn ?? null
	}));
}

export function sortedAnnotations<T extends Pick<QiAnnotation, 'notedOn'>>(annotations: readonly T[]): T[] {
	return [...annotations].sort((a, b) => a.notedOn.localeCompare(b.notedOn));
}

export function directionLabel(direction: MeasureDirection): string {
	if (direction === 'INCREASE') return 'Higher is better';
	if (direction === 'DECREASE') return 'Lower is better';
	return 'Neither direction is better';
}
