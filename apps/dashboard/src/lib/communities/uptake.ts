/**
 * Uptake gaps (docs/methods.md, "Uptake gaps"): each group's share of referrals against its share of the
 * population, as a representation ratio (1 = fair share) or a gap in percentage points (0).
 * The CI of either comes from the Wilson CI of the referral share.
 */
import type { Uptake, UptakeGroup } from '$lib/queries/uptake.queries';
import type { UptakeDimension } from '$lib/graphql/graphql';
import type { CiRow } from '$lib/charts/ci-rows';
import { formatCi, formatDecimal, formatPercent, formatSuppressed } from '$lib/ui/format';
import type { TableModel } from '$lib/ui/table-model';

export type UptakeMeasure = 'ratio' | 'gap';

export const UPTAKE_DIMENSIONS: readonly { value: Exclude<UptakeDimension, 'ETHNIC_CATEGORY'>; label: string }[] = [
	{ value: 'ETHNIC_GROUP', label: 'Ethnic group' },
	{ value: 'AGE_BAND', label: 'Age band' },
	{ value: 'SEX', label: 'Sex' },
	{ value: 'DEPRIVATION_DECILE', label: 'Deprivation decile' },
	{ value: 'WARD', label: 'Ward' }
];

export type UptakeChartDimension = (typeof UPTAKE_DIMENSIONS)[number]['value'];

export const UPTAKE_MEASURES: readonly { value: UptakeMeasure; label: string; reference: number }[] = [
	{ value: 'ratio', label: 'Representation ratio', reference: 1 },
	{ value: 'gap', label: 'Gap in percentage points', reference: 0 }
];

export function uptakeDimensionLabel(dimension: UptakeDimension): string {
	return UPTAKE_DIMENSIONS.find((option) => option.value === dimension)?.label ?? 'Ethnic category';
}

/** Where a group would sit with a share equal to its population share. */
export function uptakeReference(measure: UptakeMeasure): number {
	return measure === 'ratio' ? 1 : 0;
}

/** The chosen measure of one group with its CI, as the API sends it; null where it is withheld or undefined. */
export function uptakeEstimate(group: UptakeGroup, measure: UptakeMeasure): { estimate: number | null; lower: number | null; upper: number | null } {
	const { estimate, lower, upper } = measure === 'ratio' ? group.ratio : group.gap;
	return { estimate, lower, upper };
}

/** The API's definitions of the figures a panel shows, in the order given. */
export function uptakeDefinition(uptake: Uptake, figures: readonly (keyof Uptake['definitions'])[]): string {
	return figures.map((figure) => uptake.definitions[figure]).join(' ');
}

export function formatUptake(measure: UptakeMeasure, value: number): string {
	if (measure === 'ratio') return formatDecimal(value, 2);
	return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatDecimal(Math.abs(value), 1)} pts`;
}

/** Why a group has no figure, in the API's words; only a withheld share is called suppressed. */
function notShown(group: UptakeGroup, measure: UptakeMeasure): string {
	const reason = (measure === 'ratio' ? group.ratio : group.gap).reason ?? group.reason;
	const words = group.share.suppressed ? 'suppressed (*)' : 'not shown';
	return reason ? `${words}: ${reason}` : words;
}

export function uptakeCiRows(uptake: Uptake, measure: UptakeMeasure): CiRow[] {
	return uptake.groups.map((group) => {
		const { estimate, lower, upper } = uptakeEstimate(group, measure);
		const flagged = group.underRepresented === true;
		const format = (value: number) => formatUptake(measure, value);
		return {
			key: group.key,
			label: group.label,
			estimate,
			lower,
			upper,
			flagged,
			flagLabel: flagged ? 'Under-represented' : null,
			description: [
				`${group.label}: ${estimate === null ? notShown(group, measure) : format(estimate)}`,
				formatCi(lower, upper, format),
				`${formatPercent(group.share.estimate, 1)} of referrals (${formatSuppressed(group.referrals)}) against ${formatPercent(group.populationShare, 1)} of the population`,
				flagged ? 'Under-represented: the upper CI of its share is below its population share' : ''
			].filter(Boolean)
		};
	});
}

export function uptakeTable(uptake: Uptake): TableModel {
	return {
		caption: `Uptake by ${uptakeDimensionLabel(uptake.dimension).toLowerCase()}`,
		columns: [
			{ label: uptakeDimensionLabel(uptake.dimension), kind: 'text' },
			{ label: 'Referrals', kind: 'count' },
			{ label: 'Share of referrals', kind: 'percent' },
			{ label: 'Share 95% CI lower', kind: 'percent' },
			{ label: 'Share 95% CI upper', kind: 'percent' },
			{ label: 'Population', kind: 'count' },
			{ label: 'Share of population', kind: 'percent' },
			{ label: 'Gap (percentage points)', kind: 'decimal' },
			{ label: 'Representation ratio', kind: 'ratio' },
			{ label: 'Referrals per 1,000 a year', kind: 'decimal' },
			{ label: 'Rate 95% CI lower', kind: 'decimal' },
			{ label: 'Rate 95% CI upper', kind: 'decimal' },
			{ label: 'Age-standardised per 1,000 a year', kind: 'decimal' },
			{ label: 'Age-standardised 95% CI lower', kind: 'decimal' },
			{ label: 'Age-standardised 95% CI upper', kind: 'decimal' },
			{ label: 'Start rate', kind: 'percent' },
			{ label: 'Start rate 95% CI lower', kind: 'percent' },
			{ label: 'Start rate 95% CI upper', kind: 'percent' },
			{ label: 'Completion rate', kind: 'percent' },
			{ label: 'Completion rate 95% CI lower', kind: 'percent' },
			{ label: 'Completion rate 95% CI upper', kind: 'percent' },
			{ label: 'Under-represented', kind: 'text' }
		],
		rows: uptake.groups.map((group) => [
			group.label,
			group.referrals,
			group.share.estimate,
			group.share.lower,
			group.share.upper,
			group.population,
			group.populationShare,
			group.gapPoints,
			group.representationRatio,
			...estimateCells(crudeRate(group)),
			...estimateCells(group.standardisedRate),
			...estimateCells(group.startRate),
			...estimateCells(group.completionRate),
			group.underRepresented === null ? '' : group.underRepresented ? 'Yes' : 'No'
		])
	};
}

interface Estimate {
	estimate: number | null;
	lower: number | null;
	upper: number | null;
	reason: string | null;
	suppressed?: boolean;
}

/**
 * An estimate and its limits as table cells. A figure withheld under disclosure control is null
 * ("*"); one not given for another reason (too few referrals for an age-standardised rate, no
 * population) carries the API's reason instead, so it is not mistaken for a suppressed one.
 */
function estimateCells(figure: Estimate | null): (number | string | null)[] {
	if (figure === null) return ['', '', ''];
	if (figure.estimate === null && !figure.suppressed && figure.reason) return [figure.reason, '', ''];
	return [figure.estimate, figure.lower, figure.upper];
}

/** A rate per 1,000 a year (1 decimal) or a proportion (a percentage) with its CI, or why it is not given. */
export interface FigureCell {
	value: string;
	ci: string;
	/** The API's reason when there is no value; null when there is one. */
	reason: string | null;
}

export function rateCell(figure: Estimate | null): FigureCell {
	return figureCell(figure, (value) => formatDecimal(value, 1));
}

export function proportionCell(figure: Estimate): FigureCell {
	return figureCell(figure, (value) => formatPercent(value, 1));
}

function figureCell(figure: Estimate | null, format: (value: number) => string): FigureCell {
	if (figure === null || figure.estimate === null) {
		return { value: formatDecimal(null), ci: '', reason: figure?.reason ?? 'no population figure' };
	}
	return { value: format(figure.estimate), ci: formatCi(figure.lower, figure.upper, format), reason: null };
}

/** A group's crude rate as an estimate: the Rate's ratePer1000 with its limits. */
export function crudeRate(group: UptakeGroup): Estimate | null {
	const rate = group.referralRate;
	return rate ? { estimate: rate.ratePer1000, lower: rate.lower, upper: rate.upper, reason: rate.reason, suppressed: rate.suppressed } : null;
}

/** "residents aged 16 and over (age bands 16-24 to 85+)": whom the population shares and rates count. */
export function eligibleResidents(uptake: Pick<Uptake, 'eligibleMinAge' | 'eligibleMaxAge' | 'eligibleAgeBands'>): string {
	const ages = uptake.eligibleMaxAge === null ? `${uptake.eligibleMinAge} and over` : `${uptake.eligibleMinAge} to ${uptake.eligibleMaxAge}`;
	const bands = uptake.eligibleAgeBands;
	if (bands.length === 0) return `residents aged ${ages}`;
	const range = bands.length === 1 ? `age band ${bands[0]}` : `age bands ${bands[0]} to ${bands[bands.length - 1]}`;
	return `residents aged ${ages} (${range})`;
}

/** "Rates are per 1,000 residents a year, averaged over 7 years" (one year: no average). */
export function rateBasis(uptake: Pick<Uptake, 'rateYears'>): string {
	const years = uptake.rateYears;
	if (years === null || years === 1) return 'Rates are per 1,000 residents a year';
	return `Rates are per 1,000 residents a year, averaged over ${formatDecimal(years, Number.isInteger(years) ? 0 : 1)} years`;
}

export interface UnstatedFigure {
	/** "Not stated or not known", from the API's group labels. */
	label: string;
	referrals: string;
	share: string;
	ci: string;
	reason: string | null;
}

/** Referrals whose group is unstated: a figure of its own, never a withheld group (docs/methods.md, "Uptake gaps"). */
export function unstatedFigure(uptake: Pick<Uptake, 'unstated'>): UnstatedFigure {
	const { labels, referrals, share } = uptake.unstated;
	const label = labels.length === 0 ? 'Not stated' : [labels[0], ...labels.slice(1).map((other) => other.toLowerCase())].join(' or ');
	return {
		label,
		referrals: formatSuppressed(referrals),
		share: formatPercent(share.estimate, 1),
		ci: formatCi(share.lower, share.upper, (value) => formatPercent(value, 1)),
		reason: share.estimate === null ? share.reason : null
	};
}

export const WARD_SORT_KEYS = [
	'name',
	'referrals',
	'share',
	'populationShare',
	'gap',
	'ratio',
	'rate',
	'standardisedRate',
	'startRate',
	'completionRate'
] as const;
export type WardSortKey = (typeof WARD_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

function sortValue(group: UptakeGroup, key: WardSortKey): number | string | null {
	switch (key) {
		case 'name':
			return group.label;
		case 'referrals':
			return group.referrals;
		case 'share':
			return group.share.estimate;
		case 'populationShare':
			return group.populationShare;
		case 'gap':
			return group.gapPoints;
		case 'ratio':
			return group.representationRatio;
		case 'rate':
			return group.referralRate?.ratePer1000 ?? null;
		case 'standardisedRate':
			return group.standardisedRate.estimate;
		case 'startRate':
			return group.startRate.estimate;
		case 'completionRate':
			return group.completionRate.estimate;
	}
}

/** Sorted copy; suppressed (null) values always last, ties kept in name order. */
export function sortUptakeGroups(groups: readonly UptakeGroup[], key: WardSortKey, direction: SortDirection): UptakeGroup[] {
	const sign = direction === 'asc' ? 1 : -1;
	return [...groups].sort((a, b) => {
		const left = sortValue(a, key);
		const right = sortValue(b, key);
		if (left === null || right === null) {
			if (left === right) return a.label.localeCompare(b.label);
			return left === null ? 1 : -1;
		}
		const order = typeof left === 'string' ? left.localeCompare(String(right)) : left - (right as number);
		return order === 0 ? a.label.localeCompare(b.label) : sign * order;
	});
}
