/**
 * Colours, icon badges and words for NHS "Making Data Count" charts (docs/methods.md, "SPC (Making Data Count)"). Every icon
 * carries a text label so nothing is told by colour alone.
 */
import type { AssuranceIcon, SpcChartKind, SpcRule, SpecialCause, VariationIcon } from '$lib/graphql/graphql';

export const SPC_COLOURS = {
	commonCause: '#a6a6a6',
	improvement: '#00b0f0',
	concern: '#e46c0a',
	neither: '#490092',
	target: '#de1b1b'
} as const;

export function pointColour(cause: SpecialCause | null): string {
	if (cause === 'IMPROVEMENT') return SPC_COLOURS.improvement;
	if (cause === 'CONCERN') return SPC_COLOURS.concern;
	if (cause === 'NEITHER') return SPC_COLOURS.neither;
	return SPC_COLOURS.commonCause;
}

export function specialCauseLabel(cause: SpecialCause | null): string {
	if (cause === 'IMPROVEMENT') return 'Special cause improvement';
	if (cause === 'CONCERN') return 'Special cause concern';
	if (cause === 'NEITHER') return 'Special cause variation (neither improvement nor concern)';
	return 'Common cause variation';
}

/**
 * What to add when a point broke both an improvement and a concern rule, so a low month inside a
 * rising trend is not simply read as good; null when there was no clash. The reading follows the
 * conflict rule: improvement first by default, as Making Data Count.
 */
export function conflictNote(point: { conflict: boolean; specialCause: SpecialCause | null }): string | null {
	if (!point.conflict) return null;
	if (point.specialCause === 'CONCERN') return 'Also breaks an improvement rule: the reading follows the chosen concern-first rule';
	return "Also breaks a concern rule: the reading follows Making Data Count's improvement-first rule";
}

const RULE_LABELS: Record<SpcRule, string> = {
	SINGLE_POINT: 'a point beyond a process limit',
	SHIFT: 'a shift: a run of points on one side of the centre line',
	TREND: 'a trend: points rising or falling in a row',
	TWO_IN_THREE: 'two of three points beyond the 2σ line'
};

export function ruleLabel(rule: SpcRule): string {
	return RULE_LABELS[rule];
}

/** What an icon badge draws: the ring and letter colour, the letter, and its words. */
export interface IconBadge {
	colour: string;
	letter: string;
	label: string;
}

const VARIATION_BADGES: Record<VariationIcon, IconBadge> = {
	COMMON_CAUSE: { colour: SPC_COLOURS.commonCause, letter: '', label: 'Common cause variation' },
	IMPROVEMENT_HIGH: { colour: SPC_COLOURS.improvement, letter: 'H', label: 'Special cause improvement — high' },
	IMPROVEMENT_LOW: { colour: SPC_COLOURS.improvement, letter: 'L', label: 'Special cause improvement — low' },
	CONCERN_HIGH: { colour: SPC_COLOURS.concern, letter: 'H', label: 'Special cause concern — high' },
	CONCERN_LOW: { colour: SPC_COLOURS.concern, letter: 'L', label: 'Special cause concern — low' },
	NEITHER_HIGH: { colour: SPC_COLOURS.neither, letter: 'H', label: 'Special cause variation — high (neither improvement nor concern)' },
	NEITHER_LOW: { colour: SPC_COLOURS.neither, letter: 'L', label: 'Special cause variation — low (neither improvement nor concern)' }
};

export function variationBadge(icon: VariationIcon | null): IconBadge | null {
	return icon ? VARIATION_BADGES[icon] : null;
}

const ASSURANCE_BADGES: Record<AssuranceIcon, IconBadge> = {
	PASS: { colour: SPC_COLOURS.improvement, letter: 'P', label: 'Consistently passing the target' },
	HIT_OR_MISS: { colour: SPC_COLOURS.commonCause, letter: '?', label: 'Hit or miss: the target lies within the process limits' },
	FAIL: { colour: SPC_COLOURS.concern, letter: 'F', label: 'Consistently failing the target' }
};

export function assuranceBadge(icon: AssuranceIcon | null): IconBadge | null {
	return icon ? ASSURANCE_BADGES[icon] : null;
}

/** Why a run chart shows no icons: Making Data Count leaves both out below 13 points (docs/methods.md, "SPC (Making Data Count)"). */
export const RUN_CHART_NOTE = 'Fewer than 13 points: run chart, no icons, as Making Data Count';

/** Why a chart shows no assurance icon, in words; null when it shows one. */
export function missingAssuranceReason(icon: AssuranceIcon | null, hasTarget: boolean, kind: SpcChartKind): string | null {
	if (icon) return null;
	// The run chart's own note says why it has no icons.
	if (kind === 'RUN') return null;
	if (!hasTarget) return 'No assurance icon: the measure has no target';
	return 'No assurance icon';
}
