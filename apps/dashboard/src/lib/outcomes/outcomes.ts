import type { BenchmarkComparison, OutcomeGroupDimension, OutcomeTimepoint } from '$lib/graphql/graphql';
import type { GroupOutcome, HistogramBin, InstrumentOutcome, InstrumentSummary } from '$lib/queries/outcomes.queries';
import type { CiRow } from '$lib/charts/ci-rows';
import { formatCi, formatDecimal, formatPercent, formatSuppressed } from '$lib/ui/format';
import type { TableModel } from '$lib/ui/table-model';
import { timepointOption } from './timepoint';

/** The group dimensions the Outcomes page offers besides programme, in the users' words. */
export const GROUP_DIMENSIONS: readonly { value: Exclude<OutcomeGroupDimension, 'PROGRAMME'>; label: string }[] = [
	{ value: 'ETHNIC_GROUP', label: 'Ethnic group' },
	{ value: 'AGE_BAND', label: 'Age band' },
	{ value: 'SEX', label: 'Sex' },
	{ value: 'DEPRIVATION_DECILE', label: 'Deprivation decile' },
	{ value: 'WARD', label: 'Ward' }
];

export type GroupDimension = (typeof GROUP_DIMENSIONS)[number]['value'];

export function groupDimensionLabel(dimension: OutcomeGroupDimension): string {
	if (dimension === 'PROGRAMME') return 'Programme';
	return GROUP_DIMENSIONS.find((option) => option.value === dimension)?.label ?? dimension;
}

/** "7.0–10.5": the score range of one bin. */
export function binLabel(bin: Pick<HistogramBin, 'from' | 'to'>): string {
	return `${formatDecimal(bin.from, 1)}–${formatDecimal(bin.to, 1)}`;
}

export interface DistributionBin {
	label: string;
	before: number | null;
	after: number | null;
	description: string[];
}

export function distributionBins(bins: readonly HistogramBin[]): DistributionBin[] {
	return bins.map((bin) => {
		const label = binLabel(bin);
		return {
			label,
			before: bin.before,
			after: bin.after,
			description: [`Score ${label}`, `Before: ${formatSuppressed(bin.before)} people`, `After: ${formatSuppressed(bin.after)} people`]
		};
	});
}

/** The largest bin count, so both distributions share one scale. */
export function largestBin(bins: readonly HistogramBin[]): number {
	return Math.max(0, ...bins.flatMap((bin) => [bin.before ?? 0, bin.after ?? 0]));
}

export function distributionTable(outcome: InstrumentOutcome): TableModel {
	return {
		caption: `${outcome.instrument.name}: scores before and after (paired)`,
		columns: [
			{ label: 'Score from', kind: 'decimal' },
			{ label: 'Score to', kind: 'decimal' },
			{ label: 'People before', kind: 'count' },
			{ label: 'People after', kind: 'count' }
		],
		rows: outcome.distribution.map((bin) => [bin.from, bin.to, bin.before, bin.after])
	};
}

export interface PairedChangeFigures {
	before: string;
	after: string;
	change: string;
	ci: string;
	improved: string;
}

/** The paired change in words: mean before, after, change with its CI, and the share improved. */
export function pairedChangeFigures(outcome: InstrumentOutcome): PairedChangeFigures {
	const { meanChange, improved } = outcome;
	const change = meanChange.meanChange;
	const sign = change !== null && change > 0 ? '+' : '';
	const signed = (value: number) => `${value > 0 ? '+' : ''}${formatDecimal(value, 1)}`;
	return {
		before: formatDecimal(meanChange.meanBefore, 1),
		after: formatDecimal(meanChange.meanAfter, 1),
		change: change === null ? formatDecimal(null) : `${sign}${formatDecimal(change, 1)}`,
		ci: formatCi(meanChange.lower, meanChange.upper, signed),
		improved: `${formatPercent(improved.estimate)} improved ${formatCi(improved.lower, improved.upper)}`.trim()
	};
}

/** The people behind a paired figure, as the API counts them (docs/methods.md, "Outcome headlines"). */
export type PairCounts = Pick<InstrumentOutcome, 'pairs' | 'starters' | 'completers' | 'lost'>;

/** "300 pairs · 520 with a baseline · 415 completed · 215 lost before follow-up"; withheld counts as "*". */
export function pairCounts(counts: PairCounts, timepoint: OutcomeTimepoint): string {
	return [
		`${formatSuppressed(counts.pairs)} pairs`,
		`${formatSuppressed(counts.starters)} with a baseline`,
		`${formatSuppressed(counts.completers)} completed`,
		`${formatSuppressed(counts.lost)} ${timepointOption(timepoint).lost}`
	].join(' · ');
}

/** Table columns of the pair counts, in pairCounts' words. */
export function pairCountColumns(timepoint: OutcomeTimepoint): TableModel['columns'] {
	const lost = timepointOption(timepoint).lost;
	return [
		{ label: 'Pairs', kind: 'count' },
		{ label: 'With a baseline', kind: 'count' },
		{ label: 'Completed', kind: 'count' },
		{ label: lost[0].toUpperCase() + lost.slice(1), kind: 'count' }
	];
}

export function pairCountCells(counts: PairCounts): (number | null)[] {
	return [counts.pairs, counts.starters, counts.completers, counts.lost];
}

export function instrumentsTable(summary: Pick<InstrumentSummary, 'timepoint' | 'instruments'>): TableModel {
	return {
		caption: 'Paired change by instrument',
		columns: [
			{ label: 'Instrument', kind: 'text' },
			...pairCountColumns(summary.timepoint),
			{ label: 'Mean before', kind: 'decimal' },
			{ label: 'Mean after', kind: 'decimal' },
			{ label: 'Mean change', kind: 'decimal' },
			{ label: 'Change 95% CI lower', kind: 'decimal' },
			{ label: 'Change 95% CI upper', kind: 'decimal' },
			{ label: 'Improved', kind: 'percent' },
			{ label: 'Improved 95% CI lower', kind: 'percent' },
			{ label: 'Improved 95% CI upper', kind: 'percent' }
		],
		rows: summary.instruments.map((outcome) => [
			outcome.instrument.name,
			...pairCountCells(outcome),
			outcome.meanChange.meanBefore,
			outcome.meanChange.meanAfter,
			outcome.meanChange.meanChange,
			outcome.meanChange.lower,
			outcome.meanChange.upper,
			outcome.improved.estimate,
			outcome.improved.lower,
			outcome.improved.upper
		])
	};
}

const COMPARISON_WORDS: Record<BenchmarkComparison, string> = {
	BETTER: 'Better than the service overall',
	WORSE: 'Worse than the service overall',
	SIMILAR: 'Similar to the service overall',
	HIGHER: 'Higher than the service overall',
	LOWER: 'Lower than the service overall'
};

function comparisonWords(comparison: BenchmarkComparison | null): string | null {
	return comparison ? COMPARISON_WORDS[comparison] : null;
}

/** % improved per group as CI rows; groups worse than the service are flagged. */
export function groupOutcomeRows(groups: readonly GroupOutcome[]): CiRow[] {
	return groups.map((group) => {
		const { improved } = group;
		const comparison = comparisonWords(group.comparison);
		const flagged = group.comparison === 'WORSE' || group.comparison === 'LOWER';
		const figure =
			improved.estimate === null ? `suppressed (*)${improved.reason ? `: ${improved.reason}` : ''}` : `${formatPercent(improved.estimate)} improved`;
		return {
			key: group.key,
			label: group.label,
			estimate: improved.estimate,
			lower: improved.lower,
			upper: improved.upper,
			flagged,
			flagLabel: flagged ? comparison : null,
			description: [
				`${group.label}: ${figure}`,
				formatCi(improved.lower, improved.upper),
				`${formatSuppressed(improved.numerator)} of ${formatSuppressed(improved.denominator)} pairs`,
				comparison ?? ''
			].filter(Boolean)
		};
	});
}

export function groupOutcomeTable(groups: readonly GroupOutcome[], dimension: OutcomeGroupDimension): TableModel {
	return {
		caption: `Improved by ${groupDimensionLabel(dimension).toLowerCase()}`,
		columns: [
			{ label: groupDimensionLabel(dimension), kind: 'text' },
			{ label: 'Improved', kind: 'count' },
			{ label: 'Pairs', kind: 'count' },
			{ label: 'Improved', kind: 'percent' },
			{ label: '95% CI lower', kind: 'percent' },
			{ label: '95% CI upper', kind: 'percent' },
			{ label: 'Compared with the service', kind: 'text' }
		],
		rows: groups.map((group) => [
			group.label,
			group.improved.numerator,
			group.improved.denominator,
			group.improved.estimate,
			group.improved.lower,
			group.improved.upper,
			comparisonWords(group.comparison) ?? ''
		])
	};
}

/** The instrument to group by: the one asked for, else the first with paired measurements. */
export function chooseInstrument(instruments: readonly InstrumentOutcome[], requested: string | null): string | null {
	if (requested) return requested;
	// Null pairs are withheld (1 to 7), so there are some.
	return (instruments.find((outcome) => outcome.pairs !== 0) ?? instruments[0])?.instrument.code ?? null;
}

/** % improved on one instrument per group, with the instrument's overall figure. */
/**
 * What a by-group panel's figures mean, all from the API: the instrument and its pairs, then how
 * each group is compared with the overall share (one definition for every group of an answer).
 */
export function groupOutcomesDefinition(outcomes: GroupOutcomes): string {
	return [outcomes.outcome?.definition, outcomes.groups[0]?.definition].filter(Boolean).join(' ');
}

export interface GroupOutcomes {
	dimension: OutcomeGroupDimension;
	timepoint: OutcomeTimepoint;
	/** The instrument grouped, with its overall figure; null when the API has none for it. */
	outcome: InstrumentOutcome | null;
	groups: GroupOutcome[];
}

/** % improved per instrument as CI rows, with the pairs behind each. */
export function instrumentImprovedRows(summary: Pick<InstrumentSummary, 'timepoint' | 'instruments'>): CiRow[] {
	return summary.instruments.map((outcome) => {
		const { improved } = outcome;
		const figures = pairedChangeFigures(outcome);
		return {
			key: outcome.instrument.code,
			label: outcome.instrument.name,
			estimate: improved.estimate,
			lower: improved.lower,
			upper: improved.upper,
			flagged: false,
			flagLabel: null,
			description: [
				`${outcome.instrument.name}: ${figures.improved}`,
				`Mean ${figures.before} before, ${figures.after} after, change ${figures.change} ${figures.ci}`.trim(),
				pairCounts(outcome, summary.timepoint)
			]
		};
	});
}
