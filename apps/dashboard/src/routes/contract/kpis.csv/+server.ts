import { downloadCsv } from '$lib/export/download';
import { attachment, loadKpiExport } from '$lib/export/kpi-export.server';
import { kpiDownload, kpiExportFileName } from '$lib/contract/kpi-quarters.export';
import type { RequestHandler } from './$types';

// Every quarter of every KPI of ?contract=, as CSV with its metadata on every row.
export const GET: RequestHandler = async (event) => {
	const { contract, rows, meta } = await loadKpiExport(event);
	return attachment(downloadCsv(kpiDownload(rows, meta)), kpiExportFileName(contract.code, 'csv'), 'text/csv; charset=utf-8');
};
