/**
 * The KPI workbook for a board: a "KPIs" sheet (every quarter of every KPI, frozen header,
 * percentages as 0.0%, counts as 0, RAG cells filled and worded) and an "About" sheet with the
 * metadata and each KPI's definition. Written from the same rows as the CSV. Text is always
 * written as a string cell, which Excel never evaluates, so "=cmd" in a name stays text.
 */
import ExcelJS from 'exceljs';
import { assuranceWords, KPI_EXPORT_COLUMNS, type KpiExportRow } from '$lib/contract/kpi-quarters.export';
import { kpiUnitSymbol, ragShortLabel } from '$lib/contract/kpi-quarters';
import type { RagStatus } from '$lib/graphql/graphql';
import { describeFilters, formatGenerated, type DownloadMeta } from './download';

export interface KpiDefinition {
	code: string;
	name: string;
	description: string;
}

// Fills light enough for black text to keep its contrast; the word is always there too.
const RAG_FILLS: Record<RagStatus, string> = { GREEN: 'FFC6EFCE', AMBER: 'FFFFEB9C', RED: 'FFFFC7CE' };

const WIDTHS = [16, 36, 14, 13, 13, 8, 10, 12, 13, 8, 10, 8, 40, 40, 28];

/** The KPI's figure as Excel holds it: a percentage as a fraction, so 0.0% shows 70.0%. */
function figure(value: number | null, row: KpiExportRow): number | null {
	if (value === null) return null;
	return row.unit === 'PERCENT' ? value / 100 : value;
}

function figureFormat(row: KpiExportRow): string {
	if (row.unit === 'PERCENT') return '0.0%';
	return row.unit === 'COUNT' ? '0' : '0.0';
}

function addKpiSheet(workbook: ExcelJS.Workbook, rows: readonly KpiExportRow[]): void {
	const sheet = workbook.addWorksheet('KPIs', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = [...KPI_EXPORT_COLUMNS, 'Value note'].map((header, index) => ({ header, width: WIDTHS[index] }));
	sheet.getRow(1).font = { bold: true };
	for (const row of rows) {
		const added = sheet.addRow([
			row.code,
			row.name,
			row.quarter,
			row.periodStart,
			row.periodEnd,
			kpiUnitSymbol(row.unit) || 'count',
			figure(row.actual, row),
			row.numerator,
			row.denominator,
			row.n,
			figure(row.target, row),
			ragShortLabel(row.rag),
			assuranceWords(row.assurance),
			row.ragReason,
			row.valueNote
		]);
		const format = figureFormat(row);
		for (const column of [7, 11]) added.getCell(column).numFmt = format;
		for (const column of [8, 9, 10]) added.getCell(column).numFmt = '0';
		if (row.rag) added.getCell(12).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: RAG_FILLS[row.rag] } };
	}
}

function addAboutSheet(workbook: ExcelJS.Workbook, meta: DownloadMeta, contract: string, kpis: readonly KpiDefinition[]): void {
	const sheet = workbook.addWorksheet('About');
	sheet.columns = [{ width: 24 }, { width: 100 }];
	const pairs: [string, string][] = [
		['Title', meta.title],
		['Contract', contract],
		['Period', meta.period],
		['Filters', describeFilters(meta.filters)],
		['Definition', meta.definition],
		['Generated', formatGenerated(meta.generatedAt)],
		['Disclosure rule', meta.disclosureRule],
		['Source', meta.source],
		...kpis.map((kpi): [string, string] => [`KPI ${kpi.code}`, `${kpi.name}: ${kpi.description}`])
	];
	for (const [label, text] of pairs) sheet.addRow([label, text]).getCell(1).font = { bold: true };
	sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

export async function kpiWorkbook(
	rows: readonly KpiExportRow[],
	meta: DownloadMeta,
	contract: string,
	kpis: readonly KpiDefinition[]
): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Wellbeing Hub';
	workbook.created = meta.generatedAt;
	addKpiSheet(workbook, rows);
	addAboutSheet(workbook, meta, contract, kpis);
	// Copied into a plain ArrayBuffer, which a web Response takes as its body.
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
