import { describe, expect, it } from 'vitest';
import type { KpiQuarter, KpiReport } from '$lib/queries/contract.queries';
import type { Uptake, UptakeGroup } from '$lib/queries/uptake.queries';
import { spcChart, spcPoint } from '$lib/spc/spc-fixtures';
import { boardPackFileName, formatGeneratedAt, kpiSummaryRows, reportPeriods, reportQuarter, uptakeGapRows, yearToDateFilter } from './board-pack';

function quarter(periodStart: string, label: string, overrides: Partial<KpiQuarter> = {}): KpiQuarter {
	return { periodStart, label, actual: null, target: null, rag: null, reason: null, suppressed: false, numerator: null, denominator: null, ...overrides };
}

const completion: KpiReport = {
	kpi: {
		id: '1',
		code: 'completion',
		name: 'Completion',
		description: 'Share completing.',
		unit: 'PERCENT',
		direction: 'HIGHER',
		tolerance: 5,
		period: 'QUARTER'
	},
	quarters: [
		quarter('2019-04-01', 'Q1 2019/20', { actual: 72, target: 70, rag: 'GREEN', numerator: 90, denominator: 125 }),
		quarter('2019-07-01', 'Q2 2019/20', { target: 70, suppressed: true, reason: 'withheld: rests on 1 to 7' }),
		quarter('2019-10-01', 'Q3 2019/20', { target: 70, reason: 'after the data' })
	],
	spc: spcChart([spcPoint({ period: '2019-04-01', value: 72 })], { assurance: 'PASS' })
};

const satisfaction: KpiReport = {
	kpi: {
		id: '2',
		code: 'satisfaction',
		name: 'Satisfaction',
		description: 'As reported.',
		unit: 'PERCENT',
		direction: 'HIGHER',
		tolerance: 5,
		period: 'QUARTER'
	},
	quarters: [
		quarter('2019-04-01', 'Q1 2019/20', { actual: 88, target: 90, rag: 'AMBER' }),
		quarter('2019-07-01', 'Q2 2019/20', { actual: 91, target: 90, rag: 'GREEN' })
	],
	spc: spcChart([spcPoint({ period: '2019-04-01', value: 88 })])
};

describe('the quarter a pack is for', () => {
	it('is the latest quarter with an actual when none is asked for', () => {
		expect(reportQuarter([completion, satisfaction], null)).toEqual({ periodStart: '2019-07-01', label: 'Q2 2019/20' });
	});

	it('is the quarter asked for, even one without data', () => {
		expect(reportQuarter([completion], '2019-10-01')).toEqual({ periodStart: '2019-10-01', label: 'Q3 2019/20' });
	});

	it('is none when the contract has no such quarter', () => {
		expect(reportQuarter([completion], '2031-01-01')).toBeNull();
	});
});

describe('reportPeriods', () => {
	it('covers outcomes and uptake from 1 April to the end of the quarter', () => {
		const periods = reportPeriods({ periodStart: '2019-10-01', label: 'Q3 2019/20' });
		expect(periods.financialYear).toBe('2019/20');
		expect(periods.quarterText).toBe('Q3 2019/20 (1 October 2019 to 31 December 2019)');
		expect(yearToDateFilter(periods)).toEqual({ periodFrom: '2019-04-01', periodTo: '2019-12-31' });
		expect(periods.yearToDateText).toBe('financial year 2019/20 to date: referrals received from 1 April 2019 to 31 December 2019');
	});

	it('puts a January to March quarter in the financial year that began the April before', () => {
		expect(yearToDateFilter(reportPeriods({ periodStart: '2020-01-01', label: 'Q4 2019/20' }))).toEqual({ periodFrom: '2019-04-01', periodTo: '2020-03-31' });
	});
});

describe('boardPackFileName', () => {
	it('writes the quarter year first so files sort', () => {
		expect(boardPackFileName('twl-2018', 'Q4 2019/20')).toBe('twl-2018-board-pack-2019-20-Q4.pdf');
	});

	it('keeps only characters safe in a file name', () => {
		expect(boardPackFileName('a b"/c', 'Q1 2019/20')).toBe('a-b-c-board-pack-2019-20-Q1.pdf');
	});
});

describe('kpiSummaryRows', () => {
	it('gives each KPI its actual, target, RAG, assurance and n for the quarter', () => {
		const [done, rated] = kpiSummaryRows([completion, satisfaction], '2019-04-01');
		expect(done).toMatchObject({
			code: 'completion',
			actualText: '72%',
			targetText: '70%',
			ragText: 'Green',
			assuranceText: 'Consistently passing the target',
			nText: '125'
		});
		expect(rated).toMatchObject({ code: 'satisfaction', actualText: '88%', ragText: 'Amber', assuranceText: 'No assurance icon', nText: 'reported' });
	});

	it('marks a withheld actual with "*" and no n', () => {
		const [withheld] = kpiSummaryRows([completion], '2019-07-01');
		expect(withheld).toMatchObject({ actualText: '*', suppressed: true, ragText: 'None', nText: '*' });
	});

	it('gives a quarter after the data "—" and its reason', () => {
		const [later] = kpiSummaryRows([completion], '2019-10-01');
		expect(later).toMatchObject({ actualText: '—', reason: 'after the data', nText: '—' });
	});
});

const proportion = (estimate: number | null, lower: number | null, upper: number | null) => ({
	numerator: null,
	denominator: null,
	estimate,
	lower,
	upper,
	suppressed: estimate === null,
	reason: estimate === null ? 'suppressed: fewer than 8' : null
});

function group(key: string, overrides: Partial<UptakeGroup>): UptakeGroup {
	return {
		key,
		label: key,
		referrals: 100,
		share: proportion(0.2, 0.168, 0.236),
		population: 5000,
		populationShare: 0.4,
		gapPoints: -20,
		representationRatio: 0.5,
		gap: { estimate: -20, lower: -23.2, upper: -16.4, reason: null },
		ratio: { estimate: 0.5, lower: 0.42, upper: 0.59, reason: null },
		referralRate: null,
		standardisedRate: null,
		underRepresented: true,
		startRate: null,
		startComparison: null,
		completionRate: null,
		completionComparison: null,
		reason: null,
		...overrides
	} as UptakeGroup;
}

describe('uptakeGapRows', () => {
	const uptake = {
		dimension: 'ETHNIC_GROUP',
		groups: [
			group('Asian', {}),
			group('Mixed', {
				referrals: null,
				share: proportion(null, null, null),
				gap: { estimate: null, lower: null, upper: null, reason: null },
				underRepresented: null
			})
		]
	} as unknown as Uptake;

	it('sets the referral share with its CI against the population share, and the gap with its CI', () => {
		expect(uptakeGapRows(uptake)[0]).toEqual({
			key: 'Asian',
			label: 'Asian',
			referrals: '100',
			share: '20.0%',
			shareCi: '95% CI 16.8% to 23.6%',
			populationShare: '40.0%',
			gap: '−20.0 pts',
			gapCi: '95% CI −23.2 pts to −16.4 pts',
			underRepresented: true,
			note: null
		});
	});

	it('shows a withheld group as "*" with the API\'s reason', () => {
		expect(uptakeGapRows(uptake)[1]).toMatchObject({
			referrals: '*',
			share: '*',
			gap: '*',
			gapCi: '',
			underRepresented: false,
			note: 'suppressed: fewer than 8'
		});
	});
});

describe('formatGeneratedAt', () => {
	it('writes the moment in UK time, summer time included', () => {
		expect(formatGeneratedAt('2025-07-01T13:05:00Z')).toBe('1 July 2025 at 14:05 BST');
		expect(formatGeneratedAt('2025-01-15T09:30:00Z')).toBe('15 January 2025 at 09:30 GMT');
	});
});
