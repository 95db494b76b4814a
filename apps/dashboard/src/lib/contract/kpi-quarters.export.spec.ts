import { describe, expect, it } from 'vitest';
import { downloadTable } from '$lib/export/download';
import { downloadMeta } from '$lib/export/download.fixture';
import { kpiDownload, kpiExportFileName, kpiExportRows, periodEnd } from './kpi-quarters.export';
import { satisfaction, share } from './kpi-quarters.fixture';

describe('kpiExportRows', () => {
	const rows = kpiExportRows([share, satisfaction]);

	it('has a row for every quarter of every KPI, not only the chosen one', () => {
		// share reports 4 quarters and satisfaction 2.
		expect(rows).toHaveLength(6);
		expect(rows.map((row) => `${row.code} ${row.quarter}`)).toEqual([
			'bame-share Q4 2023/24',
			'bame-share Q1 2024/25',
			'bame-share Q2 2024/25',
			'bame-share Q3 2024/25',
			'satisfaction Q2 2024/25',
			'satisfaction Q3 2024/25'
		]);
	});

	it('carries the period, actual, target, RAG and assurance of each quarter', () => {
		expect(rows[2]).toMatchObject({
			periodStart: '2024-07-01',
			periodEnd: '2024-09-30',
			actual: 46.5,
			target: 45,
			rag: 'GREEN',
			assurance: 'HIT_OR_MISS',
			valueNote: ''
		});
	});

	it('says why an actual is missing: withheld, or the reason the API gives', () => {
		expect(rows[3].valueNote).toBe('Suppressed: fewer than 8');
		expect(rows[4].valueNote).toBe('not reported by the provider');
	});
});

describe('periodEnd', () => {
	it('is the last day of the month, quarter or year', () => {
		expect(periodEnd('2024-01-01', 'QUARTER')).toBe('2024-03-31');
		expect(periodEnd('2024-02-01', 'MONTH')).toBe('2024-02-29');
		expect(periodEnd('2024-04-01', 'YEAR')).toBe('2025-03-31');
	});
});

describe('kpiDownload', () => {
	it('writes one CSV row per KPI and quarter with the metadata columns', () => {
		const [header, ...rows] = downloadTable(kpiDownload(kpiExportRows([share, satisfaction]), downloadMeta({ title: 'KPIs, every quarter' })));
		expect(rows).toHaveLength(6);
		expect(header.slice(3, 18)).toEqual([
			'KPI code',
			'KPI',
			'Quarter',
			'Period start',
			'Period end',
			'Unit',
			'Actual',
			'Numerator',
			'Denominator',
			'n',
			'Target',
			'RAG',
			'Assurance',
			'RAG reason',
			'Value note'
		]);
		expect(rows[2].slice(0, 18)).toEqual([
			'KPIs, every quarter',
			'April 2024 to March 2025',
			'Programme: Falls prevention',
			'bame-share',
			'BAME referrals',
			'Q2 2024/25',
			'2024-07-01',
			'2024-09-30',
			'%',
			'46.5',
			'',
			'',
			'',
			'45.0',
			'Green',
			'Hit or miss: the target lies within the process limits',
			'',
			''
		]);
		expect(rows[3][header.indexOf('Actual')]).toBe('');
		expect(rows[3][header.indexOf('Value note')]).toBe('Suppressed: fewer than 8');
	});
});

describe('kpiExportFileName', () => {
	it('names the contract, keeping its code’s case, and says every quarter', () => {
		expect(kpiExportFileName('WB-2023', 'csv')).toBe('kpis_contract-WB-2023_all-quarters.csv');
		expect(kpiExportFileName('WB 2023/1', 'xlsx')).toBe('kpis_contract-WB-2023-1_all-quarters.xlsx');
	});
});
