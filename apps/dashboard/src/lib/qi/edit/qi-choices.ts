/** The choices the QI forms offer, in the users' words, and who is offered the forms. */
import { progressScoreLabel } from '$lib/qi/qi-portfolio';
import type { ChartKind as ChartKindChoice, MeasureDirection, PdsaDecision } from '$lib/graphql/graphql';
import type { Viewer } from '$lib/account/viewer';

export interface Choice<T extends string = string> {
	value: T;
	label: string;
}

/** The IHI progress scale, 0.5 to 5.0 in steps of 0.5, each with what it means. */
export const PROGRESS_SCORES: readonly Choice[] = Array.from({ length: 10 }, (_, index) => {
	const score = (index + 1) / 2;
	return { value: score.toFixed(1), label: progressScoreLabel(score) };
});

export const DIRECTIONS: readonly Choice<MeasureDirection>[] = [
	{ value: 'INCREASE', label: 'Higher is better' },
	{ value: 'DECREASE', label: 'Lower is better' },
	{ value: 'NEITHER', label: 'Neither direction is better' }
];

export const CHART_KINDS: readonly Choice<ChartKindChoice>[] = [
	{ value: 'XMR', label: 'XmR: a value for each period (week, month)' },
	{ value: 'T', label: 'T chart: days between rare events, such as falls' }
];

export const DECISIONS: readonly Choice<PdsaDecision>[] = [
	{ value: 'ADOPT', label: 'Adopt: keep the change as it is' },
	{ value: 'ADAPT', label: 'Adapt: change it and test again' },
	{ value: 'ABANDON', label: 'Abandon: drop the idea' }
];

/** QI leads and admins start projects and record forum meetings; the API refuses anyone else. */
export function mayRecordQiWork(viewer: Pick<Viewer, 'role'> | null): boolean {
	return viewer?.role === 'QI_LEAD' || viewer?.role === 'ADMIN';
}

/** A score as the select writes it ("2.5"), so the saved score is the one chosen. */
export function scoreValue(score: number): string {
	return score.toFixed(1);
}
