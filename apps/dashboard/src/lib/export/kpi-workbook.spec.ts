import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { KPI_EXPORT_COLUMNS, kpiExportRows } from '$lib/contract/kpi-quarters.export';
import { satisfaction, share } from '$lib/contract/kpi-quarters.fixture';
import { downloadMeta } from './download.fixture';
import { kpiWorkbook } from './kpi-workbook';

async function readBack(): Promise<ExcelJS.Workbook> {
	const hostile = { ...satisfaction, kpi: { ...satisfaction.kpi, name: '=HYPERLINK("http://x")', code: '@sat' } };
	const buffer = await kpiWorkbook(
		kpiExportRows([share, hostile]),
		downloadMeta({ title: 'KPIs, every quarter', period: 'All quarters', filters: [] }),
		'WB-2023: Wellbeing service',
		[{ code: 'bame-share', name: 'BAME referrals', description: 'Share of referrals.' }]
	);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
	return workbook;
}

describe('kpiWorkbook', async () => {
	const workbook = await readBack();
	const kpis = workbook.getWorksheet('KPIs')!;

	it('has a KPIs sheet and an About sheet', () => {
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['KPIs', 'About']);
	});

	it('has one header row, frozen, and one row per KPI and quarter', () => {
		// The same columns as the CSV, whose header kpi-quarters.export.spec.ts spells out.
		expect(kpis.getRow(1).values).toEqual([undefined, ...KPI_EXPORT_COLUMNS, 'Value note']);
		expect(kpis.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		// 4 quarters of the share and 2 of satisfaction, under the header.
		expect(kpis.rowCount).toBe(7);
	});

	it('holds percentages as fractions shown as 0.0%, with the RAG filled and worded', () => {
		const row = kpis.getRow(4);
		expect(row.getCell(3).value).toBe('Q2 2024/25');
		expect(row.getCell(7).value).toBe(0.465);
		expect(row.getCell(7).numFmt).toBe('0.0%');
		expect(row.getCell(11).value).toBe(0.45);
		expect(row.getCell(12).value).toBe('Green');
		expect(row.getCell(12).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
		expect(row.getCell(8).numFmt).toBe('0');
		expect(kpis.getColumn(2).width).toBe(36);
	});

	it('leaves a withheld actual empty with its value note', () => {
		const row = kpis.getRow(5);
		expect(row.getCell(7).value).toBeNull();
		expect(row.getCell(15).value).toBe('Suppressed: fewer than 8');
	});

	it('keeps text that looks like a formula as text', () => {
		const cell = kpis.getRow(6).getCell(2);
		expect(cell.value).toBe('=HYPERLINK("http://x")');
		expect(cell.type).toBe(ExcelJS.ValueType.String);
		expect(cell.formula).toBeUndefined();
		expect(kpis.getRow(6).getCell(1).type).toBe(ExcelJS.ValueType.String);
	});

	it('says on the About sheet what the figures are, for whom and from where', () => {
		const about = workbook.getWorksheet('About')!;
		const pairs = new Map(about.getSheetValues().flatMap((row) => (Array.isArray(row) ? [[String(row[1]), String(row[2])] as const] : [])));
		expect(pairs.get('Title')).toBe('KPIs, every quarter');
		expect(pairs.get('Contract')).toBe('WB-2023: Wellbeing service');
		expect(pairs.get('Generated')).toBe('2025-04-02T09:30:15Z');
		expect(pairs.get('Disclosure rule')).toBe(
			'Counts of 1 to 7 withheld and others rounded to the nearest 5; shares and rates computed from the published counts'
		);
		expect(pairs.get('Source')).toBe('Wellbeing Hub (methods: docs/methods.md)');
		expect(pairs.get('KPI bame-share')).toBe('BAME referrals: Share of referrals.');
	});
});
