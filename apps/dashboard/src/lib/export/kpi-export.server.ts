/**
 * What both KPI downloads (CSV and XLSX) are built from: the contract asked for, every quarter of
 * its KPIs as the signed-in reader sees them, and the file's metadata. Same access as the page.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { KPI_TABLE_DEFINITION, quarterOptions } from '$lib/contract/kpi-quarters';
import { kpiExportRows, type KpiExportRow } from '$lib/contract/kpi-quarters.export';
import { chooseContract } from '$lib/contract/contract-view';
import { CONTRACT_KPIS_QUERY, CONTRACTS_QUERY, type Contract, type KpiReport } from '$lib/queries/contract.queries';
import { hubApi } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import { disclosureRule, type DownloadMeta } from './download';

export interface KpiExport {
	contract: Contract;
	reports: KpiReport[];
	rows: KpiExportRow[];
	meta: DownloadMeta;
}

const KPI_SOURCE = 'Wellbeing Hub (methods: docs/methods.md, "Contract KPIs and RAG")';

function periodWords(reports: readonly KpiReport[]): string {
	const quarters = quarterOptions(reports);
	return quarters.length === 0 ? 'No quarters' : `All quarters: ${quarters[0].label} to ${quarters[quarters.length - 1].label}`;
}

export async function loadKpiExport({ url, fetch, locals }: RequestEvent): Promise<KpiExport> {
	assertMayVisit(locals, '/contract');
	const api = hubApi({ fetch, locals });
	const { contracts } = await api.request(CONTRACTS_QUERY);
	const requested = url.searchParams.get('contract');
	const contract = chooseContract(contracts, requested);
	if (!contract || (requested && contract.code !== requested)) error(404, `contract: no contract “${requested ?? ''}” is open to you`);
	const reports = (await api.request(CONTRACT_KPIS_QUERY, { contractCode: contract.code, options: null })).contractKpis;
	return {
		contract,
		reports,
		rows: kpiExportRows(reports),
		meta: {
			title: `KPIs by quarter: ${contract.title}`,
			definition: KPI_TABLE_DEFINITION,
			period: periodWords(reports),
			filters: [{ label: 'Contract', values: [contract.code] }],
			generatedAt: new Date(),
			disclosureRule: disclosureRule(locals.user?.figures ?? null),
			source: KPI_SOURCE
		}
	};
}

/** A file the browser saves under `fileName` rather than shows. */
export function attachment(body: string | Uint8Array<ArrayBuffer>, fileName: string, type: string): Response {
	return new Response(body, {
		headers: { 'content-type': type, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' }
	});
}
