import { describe, expect, it } from 'vitest';
import { quarter, satisfaction, share } from './kpi-quarters.fixture';
import {
	chooseQuarter,
	formatKpiValue,
	kpiMissingReasons,
	kpiQuarterRows,
	kpiQuarterTable,
	kpiTargetsPerPoint,
	latestReportedQuarter,
	quarterOptions,
	ragLabel,
	toleranceWords
} from './kpi-quarters';

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

describe('kpiQuarterTable', () => {
	it('holds the rows shown for the quarter, for the download', () => {
		const table = kpiQuarterTable(kpiQuarterRows([share, satisfaction], '2024-07-01'), 'Q2 2024/25');
		expect(table.columns.map((column) => column.label)).toEqual(['Quarter', 'KPI', 'Unit', 'Target', 'Actual', 'RAG', 'Note']);
		expect(table.rows).toEqual([
			['Q2 2024/25', 'BAME referrals', '%', 45, 46.5, 'Green', ''],
			['Q2 2024/25', 'Satisfaction', '%', 90, null, 'None', 'not reported by the provider']
		]);
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
