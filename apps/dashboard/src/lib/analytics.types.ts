/**
 * Shapes of the Hub API's analytics queries (the analytics contract) as the dashboard reads them.
 * Suppressed figures arrive as null with `suppressed: true` and a reason (docs/methods.md, "Disclosure control").
 */
import type { LocalDate } from './hub-api.types';

export type Sex = 'FEMALE' | 'MALE' | 'NOT_STATED' | 'OTHER';

export interface AnalysisFilter {
	periodFrom?: LocalDate;
	/** Inclusive. */
	periodTo?: LocalDate;
	/** "2019/20". */
	financialYear?: string;
	programmeIds?: string[];
	wardCodes?: string[];
	ethnicGroups?: string[];
	sexes?: Sex[];
	ageBands?: string[];
	deprivationDeciles?: number[];
}

export interface Proportion {
	numerator: number | null;
	denominator: number | null;
	estimate: number | null;
	lower: number | null;
	upper: number | null;
	suppressed: boolean;
	reason: string | null;
}

interface Rate {
	count: number | null;
	denominator: number | null;
	ratePer1000: number | null;
	lower: number | null;
	upper: number | null;
	suppressed: boolean;
	reason: string | null;
}

interface MeanChange {
	n: number;
	meanBefore: number | null;
	meanAfter: number | null;
	meanChange: number | null;
	lower: number | null;
	upper: number | null;
	reason: string | null;
}

interface RelativeChange {
	n: number;
	totalBefore: number | null;
	totalAfter: number | null;
	relativeChange: number | null;
	lower: number | null;
	upper: number | null;
	reason: string | null;
}

export type BenchmarkComparison = 'BETTER' | 'WORSE' | 'SIMILAR' | 'HIGHER' | 'LOWER';
export type HeadlineKind = 'PERCENT_IMPROVED' | 'RELATIVE_CHANGE' | 'PERCENT_ACHIEVING';

export interface OutcomeHeadline {
	key: string;
	title: string;
	definition: string;
	kind: HeadlineKind;
	estimate: number | null;
	lower: number | null;
	upper: number | null;
	numerator: number | null;
	denominator: number | null;
	pairs: number;
	starters: number | null;
	completers: number | null;
	reason: string | null;
}

export interface HistogramBin {
	from: number;
	to: number;
	before: number | null;
	after: number | null;
}

interface OutcomeInstrument {
	code: string;
	name: string;
	higherIsBetter: boolean | null;
	minScore: number;
	maxScore: number;
}

export interface InstrumentOutcome {
	instrument: OutcomeInstrument;
	definition: string;
	starters: number | null;
	completers: number | null;
	pairs: number;
	improved: Proportion;
	meaningfullyImproved: Proportion | null;
	meanChange: MeanChange;
	relativeChange: RelativeChange | null;
	achievingThreshold: Proportion | null;
	thresholdLabel: string | null;
	distribution: HistogramBin[];
}

export type OutcomeGroupDimension = 'PROGRAMME' | 'ETHNIC_GROUP' | 'AGE_BAND' | 'SEX' | 'DEPRIVATION_DECILE' | 'WARD';

export interface GroupOutcome {
	key: string;
	label: string;
	improved: Proportion;
	comparison: BenchmarkComparison | null;
}

export type UptakeDimension = 'ETHNIC_CATEGORY' | 'ETHNIC_GROUP' | 'AGE_BAND' | 'SEX' | 'DEPRIVATION_DECILE' | 'WARD';

export interface UptakeGroup {
	key: string;
	label: string;
	referrals: number | null;
	share: Proportion;
	population: number | null;
	populationShare: number | null;
	gapPoints: number | null;
	representationRatio: number | null;
	referralRate: Rate | null;
	underRepresented: boolean | null;
	startRate: Proportion;
	completionRate: Proportion;
	reason: string | null;
}

export interface Uptake {
	dimension: UptakeDimension;
	totalReferrals: number | null;
	totalPopulation: number | null;
	groups: UptakeGroup[];
}

interface MeasureValue {
	measure: string;
	value: number | null;
	suppressed: boolean;
	reason: string | null;
}

interface AggregateRow {
	dimensions: { dimension: string; key: string; label: string }[];
	values: MeasureValue[];
}

export interface AggregateResult {
	rows: AggregateRow[];
	totals: MeasureValue[];
}
