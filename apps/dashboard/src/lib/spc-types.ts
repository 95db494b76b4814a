/**
 * Shapes of the Hub API's SPC charts (the analytics contract: SpcChart, SpcPoint) as the
 * dashboard reads them. LocalDate is an ISO date string "YYYY-MM-DD".
 */
export type SpcChartKind = 'XMR' | 'RUN' | 'T';
export type SpecialCause = 'IMPROVEMENT' | 'CONCERN' | 'NEITHER';
export type SpcRule = 'SINGLE_POINT' | 'SHIFT' | 'TREND' | 'TWO_IN_THREE';
export type VariationIcon =
	| 'COMMON_CAUSE'
	| 'IMPROVEMENT_HIGH'
	| 'IMPROVEMENT_LOW'
	| 'CONCERN_HIGH'
	| 'CONCERN_LOW'
	| 'NEITHER_HIGH'
	| 'NEITHER_LOW';
export type AssuranceIcon = 'PASS' | 'HIT_OR_MISS' | 'FAIL';
export type MeasureDirection = 'INCREASE' | 'DECREASE' | 'NEITHER';

export interface SpcPoint {
	period: string;
	label: string;
	value: number | null;
	mean: number | null;
	upperLimit: number | null;
	lowerLimit: number | null;
	upperTwoSigma: number | null;
	lowerTwoSigma: number | null;
	specialCause: SpecialCause | null;
	rules: SpcRule[];
	ghosted: boolean;
	rebase: boolean;
	lower: number | null;
	upper: number | null;
	numerator: number | null;
	denominator: number | null;
	annotations: string[];
	pdsaCycles: number[];
}

export interface SpcChart {
	kind: SpcChartKind;
	direction: MeasureDirection;
	target: number | null;
	points: SpcPoint[];
	variation: VariationIcon | null;
	assurance: AssuranceIcon | null;
	reason: string | null;
}

/** The selection set every query asks of an SpcChart, so each page draws the same chart. */
export const SPC_CHART_FIELDS = /* GraphQL */ `
	kind
	direction
	target
	variation
	assurance
	reason
	points {
		period
		label
		value
		mean
		upperLimit
		lowerLimit
		upperTwoSigma
		lowerTwoSigma
		specialCause
		rules
		ghosted
		rebase
		lower
		upper
		numerator
		denominator
		annotations
		pdsaCycles
	}
`;
