import { describe, expect, it } from 'vitest';
import type { GroupOutcome, InstrumentOutcome } from '$lib/queries/outcomes.queries';
import type { Proportion } from '$lib/queries/analytics.fragments';
import {
	binLabel,
	chooseInstrument,
	distributionBins,
	distributionTable,
	groupDimensionLabel,
	groupOutcomeRows,
	groupOutcomeTable,
	groupOutcomesDefinition,
	instrumentImprovedRows,
	instrumentsTable,
	largestBin,
	pairCounts,
	pairedChangeFigures
} from './outcomes';

const proportion = (numerator: number | null, denominator: number | null, estimate: number | null, lower: number | null, upper: number | null): Proportion => ({
	numerator,
	denominator,
	estimate,
	lower,
	upper,
	suppressed: estimate === null,
	reason: estimate === null ? 'Fewer than 8 pairs' : null
});

const swemwbs: InstrumentOutcome = {
	instrument: { code: 'swemwbs', name: 'SWEMWBS', higherIsBetter: true, minScore: 7, maxScore: 35 },
	definition: 'Wellbeing',
	starters: 500,
	completers: 400,
	pairs: 300,
	lost: 195,
	improved: proportion(240, 300, 0.8, 0.751, 0.842),
	meaningfullyImproved: null,
	meanChange: { n: 300, meanBefore: 19.84, meanAfter: 23.16, meanChange: 3.32, lower: 2.71, upper: 3.93, reason: null },
	relativeChange: null,
	achievingThreshold: null,
	thresholdLabel: null,
	distribution: [
		{ from: 7, to: 10.5, before: 20, after: null },
		{ from: 10.5, to: 14, before: 45, after: 60 }
	]
};

const group = (label: string, improved: Proportion, comparison: GroupOutcome['comparison']): GroupOutcome => ({
	key: label,
	label,
	improved,
	comparison,
	definition: 'Groups against the overall share.'
});

describe('groupOutcomesDefinition', () => {
	it("is the instrument's definition, then the API's definition of the group comparison", () => {
		const groups = [group('Black', proportion(20, 40, 0.5, 0.35, 0.65), 'WORSE')];
		expect(groupOutcomesDefinition({ dimension: 'ETHNIC_GROUP', timepoint: 'FOLLOW_UP', outcome: swemwbs, groups })).toBe(
			'Wellbeing Groups against the overall share.'
		);
		expect(groupOutcomesDefinition({ dimension: 'ETHNIC_GROUP', timepoint: 'FOLLOW_UP', outcome: null, groups: [] })).toBe('');
	});
});

describe('groupDimensionLabel', () => {
	it('names programme', () => {
		expect(groupDimensionLabel('PROGRAMME')).toBe('Programme');
	});

	it('names a group dimension in words', () => {
		expect(groupDimensionLabel('DEPRIVATION_DECILE')).toBe('Deprivation decile');
	});
});

describe('binLabel', () => {
	it('writes the score range with one decimal', () => {
		expect(binLabel({ from: 7, to: 10.5 })).toBe('7.0–10.5');
	});
});

describe('distributionBins', () => {
	it('describes a suppressed count as *', () => {
		expect(distributionBins(swemwbs.distribution)[0].description).toEqual(['Score 7.0–10.5', 'Before: 20 people', 'After: * people']);
	});
});

describe('largestBin', () => {
	it('is the largest count before or after', () => {
		expect(largestBin(swemwbs.distribution)).toBe(60);
	});
});

describe('distributionTable', () => {
	it('has one row per bin with both counts', () => {
		expect(distributionTable(swemwbs).rows).toEqual([
			[7, 10.5, 20, null],
			[10.5, 14, 45, 60]
		]);
	});
});

describe('pairedChangeFigures', () => {
	it('writes the mean change with its sign', () => {
		expect(pairedChangeFigures(swemwbs).change).toBe('+3.3');
	});

	it('writes the change’s CI with signs', () => {
		expect(pairedChangeFigures(swemwbs).ci).toBe('95% CI +2.7 to +3.9');
	});

	it('writes the share improved with its CI', () => {
		expect(pairedChangeFigures(swemwbs).improved).toBe('80% improved 95% CI 75% to 84%');
	});

	it('writes a suppressed mean as *', () => {
		const suppressed = { ...swemwbs, meanChange: { ...swemwbs.meanChange, meanBefore: null, meanChange: null } };
		expect([pairedChangeFigures(suppressed).before, pairedChangeFigures(suppressed).change]).toEqual(['*', '*']);
	});
});

describe('pairCounts', () => {
	it('names the starters by their baseline and the lost by the timepoint', () => {
		expect(pairCounts(swemwbs, 'END_OF_PROGRAMME')).toBe('300 pairs · 500 with a baseline · 400 completed · 195 lost before the end of the programme');
	});

	it('shows the API’s lost, not starters − pairs, and a withheld count as *', () => {
		expect(pairCounts({ pairs: 10, starters: 20, completers: null, lost: 5 }, 'LATEST')).toBe(
			'10 pairs · 20 with a baseline · * completed · 5 lost before any later score'
		);
	});
});

describe('instrumentsTable', () => {
	it('has one row per instrument starting with its counts', () => {
		expect(instrumentsTable({ timepoint: 'FOLLOW_UP', instruments: [swemwbs] }).rows[0].slice(0, 5)).toEqual(['SWEMWBS', 300, 500, 400, 195]);
	});

	it('heads the lost column with the timepoint', () => {
		expect(instrumentsTable({ timepoint: 'FOLLOW_UP', instruments: [swemwbs] }).columns[4].label).toBe('Lost before follow-up');
	});
});

describe('groupOutcomeRows', () => {
	it('flags a group worse than the service', () => {
		const [row] = groupOutcomeRows([group('Black', proportion(20, 40, 0.5, 0.35, 0.65), 'WORSE')]);
		expect([row.flagged, row.flagLabel]).toEqual([true, 'Worse than the service overall']);
	});

	it('does not flag a similar group', () => {
		expect(groupOutcomeRows([group('White', proportion(80, 100, 0.8, 0.71, 0.87), 'SIMILAR')])[0].flagged).toBe(false);
	});

	it('describes a suppressed group with the reason', () => {
		const [row] = groupOutcomeRows([group('Other', proportion(null, null, null, null, null), null)]);
		expect(row.description).toEqual(['Other: suppressed (*): Fewer than 8 pairs', '* of * pairs']);
	});
});

describe('groupOutcomeTable', () => {
	it('heads the first column with the dimension', () => {
		expect(groupOutcomeTable([], 'SEX').columns[0].label).toBe('Sex');
	});

	it('keeps the counts and the estimate', () => {
		const table = groupOutcomeTable([group('Black', proportion(20, 40, 0.5, 0.35, 0.65), 'WORSE')], 'ETHNIC_GROUP');
		expect(table.rows[0].slice(0, 6)).toEqual(['Black', 20, 40, 0.5, 0.35, 0.65]);
	});
});

describe('chooseInstrument', () => {
	const none = { ...swemwbs, pairs: 0, instrument: { ...swemwbs.instrument, code: 'gse' } };

	it('keeps the instrument asked for', () => {
		expect(chooseInstrument([swemwbs], 'activity')).toBe('activity');
	});

	it('picks the first instrument with pairs', () => {
		expect(chooseInstrument([none, swemwbs], null)).toBe('swemwbs');
	});

	it('counts withheld pairs (1 to 7, shown as null) as pairs', () => {
		const withheld = { ...swemwbs, pairs: null, instrument: { ...swemwbs.instrument, code: 'activity' } };
		expect(chooseInstrument([none, withheld, swemwbs], null)).toBe('activity');
	});

	it('is null with no instruments', () => {
		expect(chooseInstrument([], null)).toBeNull();
	});
});

describe('instrumentImprovedRows', () => {
	it('puts the share improved on the row with its CI', () => {
		expect(instrumentImprovedRows({ timepoint: 'END_OF_PROGRAMME', instruments: [swemwbs] })[0]).toMatchObject({
			label: 'SWEMWBS',
			estimate: 0.8,
			lower: 0.751,
			upper: 0.842
		});
	});

	it('adds the paired means to the description', () => {
		expect(instrumentImprovedRows({ timepoint: 'END_OF_PROGRAMME', instruments: [swemwbs] })[0].description[1]).toBe(
			'Mean 19.8 before, 23.2 after, change +3.3 95% CI +2.7 to +3.9'
		);
	});

	it('ends the description with who the figure is over', () => {
		expect(instrumentImprovedRows({ timepoint: 'FOLLOW_UP', instruments: [swemwbs] })[0].description[2]).toBe(
			'300 pairs · 500 with a baseline · 400 completed · 195 lost before follow-up'
		);
	});
});
