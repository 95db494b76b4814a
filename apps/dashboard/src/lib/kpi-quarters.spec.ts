import { describe, expect, it } from 'vitest';
import type { KpiQuarter, KpiReport } from './queries/contract.queries';
import { spcChart, spcPoint } from './spc-fixtures';
import {
	chooseQuarter,
	formatKpiValue,
	kpiMissingReasons,
	kpiQuarterRows,
	kpiTableCsv,
	kpiTargetsPerPoint,
	latestReportedQuarter,
	quarterOptions,
	ragLabel,
	toleranceWords
} from './kpi-quarters';

function quarter(
	periodStart: string,
	label: string,
	actual: number | null,
	target: number,
	rag: KpiQuarter['rag'],
	reason: string | null = null,
	suppressed = false
): KpiQuarter {
	return { periodStart, label, actual, target, rag, reason, suppressed, numerator: null, denominator: null };
}

const share: KpiReport = {
	kpi: { id: '6', code: 'bame-share', name: 'BAME referrals', description: 'Share of referrals.', unit: 'PERCENT', direction: 'HIGHER', tolerance: 3 },
	quarters: [
		quarter('2024-01-01', 'Q4 2023/24', 41, 45, 'RED'),
		quarter('2024-04-01', 'Q1 2024/25', 43, 45, 'AMBER'),
		quarter('2024-07-01', 'Q2 2024/25', 46.5, 45, 'GREEN'),
		quarter('2024-10-01', 'Q3 2024/25', null, 45, null, 'fewer than 8 referrals', true)
	],
	spc: spcChart(
		[
			spcPoint({ period: '2024-01-01', value: 41 }),
			spcPoint({ period: '2024-04-01', value: 43 }),
			spcPoint({ period: '2024-07-01', value: 46.5 }),
			spcPoint({ period: '2024-10-01', value: null })
		],
		{ assurance: 'HIT_OR_MISS', variation: 'IMPROVEMENT_HIGH' }
	)
};

const satisfaction: KpiReport = {
	kpi: { id: '8', code: 'satisfaction', name: 'Satisfaction', description: '', unit: 'PERCENT', direction: 'HIGHER', tolerance: 5 },
	quarters: [quarter('2024-07-01', 'Q2 2024/25', null, 90, null, 'not reported by the provider'), quarter('2024-10-01', 'Q3 2024/25', 93, 90, 'GREEN')],
	spc: spcChart([spcPoint({ period: '2024-07-01', value: null }), spcPoint({ period: '2024-10-01', value: 93 })])
};

describe('quarters', () => {
	it('lists every quarter any KPI reports, oldest first', () => {
		expect(quarterOptions([satisfaction, share]).map((option) => option.label)).toEqual(['Q4 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25']);
	});

	it('finds the latest quarter in which any KPI has a value', () => {
		expect(latestReportedQuarter([share])?.periodStart).toBe('2024-07-01');
		expect(latestReportedQuarter([share, satisfaction])?.periodStart).toBe('2024-10-01');
	});

	it('chooses the quarter asked for, else the latest with data', () => {
		expect(chooseQuarter([share], '2024-04-01')?.label).toBe('Q1 2024/25');
		expect(chooseQuarter([share], '1999-01-01')?.label).toBe('Q2 2024/25');
		expect(chooseQuarter([], null)).toBeNull();
	});
});

describe('kpiQuarterRows', () => {
	it('shows actual against target with RAG words, icons and the last four quarters', () => {
		const [row] = kpiQuarterRows([share], '2024-07-01');
		expect(row).toMatchObject({
			code: 'bame-share',
			actualText: '46.5%',
			targetText: '45%',
			rag: 'GREEN',
			directionText: 'Higher is better',
			toleranceText: 'Amber within 3 percentage points of target',
			suppressed: false,
			assurance: 'HIT_OR_MISS',
			variation: 'IMPROVEMENT_HIGH'
		});
		expect(row.recent).toEqual([
			{ label: 'Q4 2023/24', rag: 'RED' },
			{ label: 'Q1 2024/25', rag: 'AMBER' },
			{ label: 'Q2 2024/25', rag: 'GREEN' }
		]);
	});

	it('shows a suppressed actual as "*" and a value that was not reported as "—" with its reason', () => {
		const [suppressed] = kpiQuarterRows([share], '2024-10-01');
		expect(suppressed).toMatchObject({ actualText: '*', suppressed: true, reason: 'fewer than 8 referrals' });
		const [missing] = kpiQuarterRows([satisfaction], '2024-07-01');
		expect(missing).toMatchObject({ actualText: '—', suppressed: false, reason: 'not reported by the provider' });
	});

	it('takes suppression from the API, not from the words of the reason', () => {
		const withheld = { ...satisfaction, quarters: [quarter('2024-07-01', 'Q2 2024/25', null, 90, null, null, true)] };
		const unexplained = { ...satisfaction, quarters: [quarter('2024-07-01', 'Q2 2024/25', null, 90, null, 'suppression of outliers not applied')] };
		expect(kpiQuarterRows([withheld], '2024-07-01')[0]).toMatchObject({ actualText: '*', suppressed: true });
		expect(kpiQuarterRows([unexplained], '2024-07-01')[0]).toMatchObject({ actualText: '—', suppressed: false });
	});

	it('says when a KPI has no report for the quarter', () => {
		const [row] = kpiQuarterRows([satisfaction], '2024-01-01');
		expect(row).toMatchObject({ actualText: '*', targetText: '—', rag: null, reason: 'no report for this quarter', suppressed: false });
	});
});

describe('kpiTableCsv', () => {
	it('holds the rows shown for the quarter', () => {
		const rows = kpiQuarterRows([share, satisfaction], '2024-07-01');
		expect(kpiTableCsv(rows, 'Q2 2024/25')).toEqual({
			header: ['Quarter', 'KPI', 'Unit', 'Target', 'Actual', 'RAG', 'Note'],
			rows: [
				['Q2 2024/25', 'BAME referrals', '%', 45, 46.5, 'Green', ''],
				['Q2 2024/25', 'Satisfaction', '%', 90, null, 'None', 'not reported by the provider']
			]
		});
	});
});

describe('the drill-down chart', () => {
	it('matches each point to its quarter’s target', () => {
		expect(kpiTargetsPerPoint(share)).toEqual([45, 45, 45, 45]);
	});

	it('explains missing values that were not suppressed', () => {
		expect(kpiMissingReasons(satisfaction)).toEqual(['not reported by the provider', null]);
		expect(kpiMissingReasons(share)).toEqual([null, null, null, null]);
	});
});

describe('words', () => {
	it('writes RAG in words, not colour alone', () => {
		expect(ragLabel('AMBER')).toBe('Amber: within tolerance');
		expect(ragLabel(null)).toBe('No rating');
	});

	it('writes values in the KPI’s unit', () => {
		expect(formatKpiValue(27, 'DAYS')).toBe('27 days');
		expect(formatKpiValue(1250, 'COUNT')).toBe('1,250');
		expect(toleranceWords(1, 'PERCENT')).toBe('1 percentage point');
		expect(toleranceWords(10, 'COUNT')).toBe('10');
	});
});
