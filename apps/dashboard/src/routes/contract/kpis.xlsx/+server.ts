import { attachment, loadKpiExport } from '$lib/export/kpi-export.server';
import { kpiWorkbook } from '$lib/export/kpi-workbook';
import { kpiExportFileName } from '$lib/contract/kpi-quarters.export';
import type { RequestHandler } from './$types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Every quarter of every KPI of ?contract=, as a workbook with a KPIs sheet and an About sheet.
export const GET: RequestHandler = async (event) => {
	const { contract, reports, rows, meta } = await loadKpiExport(event);
	const workbook = await kpiWorkbook(
		rows,
		meta,
		`${contract.code}: ${contract.title}`,
		reports.map((report) => report.kpi)
	);
	return attachment(workbook, kpiExportFileName(contract.code, 'xlsx'), XLSX_TYPE);
};
