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
				`${group.label}: ${estimate === null ? 'suppressed (*)' : format(estimate)}`,
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
			{ label: 'Referrals per 1,000', kind: 'decimal' },
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
			group.referralRate?.ratePer1000 ?? null,
			group.underRepresented === null ? '' : group.underRepresented ? 'Yes' : 'No'
		])
	};
}

export const WARD_SORT_KEYS = ['name', 'referrals', 'share', 'populationShare', 'gap', 'ratio', 'rate'] as const;
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
