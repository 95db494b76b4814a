import { error } from '@sveltejs/kit';
import { attachment } from '$lib/export/kpi-export.server';
import { quarantineCsv, type QuarantinedRow } from '$lib/import/import-files';
import { runIdOf } from '$lib/import/import.server';
import type { ImportQuarantineQuery } from '$lib/graphql/graphql';
import { IMPORT_QUARANTINE_QUERY, IMPORT_TEMPLATES_QUERY } from '$lib/queries/import.queries';
import { hubApi } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import type { RequestHandler } from './$types';

/** The largest page the API returns. */
const PAGE = 500;

// Every quarantined row of ?run=, with its reasons, as a CSV to correct and import again.
export const GET: RequestHandler = async ({ url, fetch, locals }) => {
	assertMayVisit(locals, url.pathname);
	const runId = runIdOf(url);
	if (!runId) error(400, 'Say which import: ?run=<id>.');
	const api = hubApi({ fetch, locals });
	const rows: QuarantinedRow[] = [];
	let after: string | null = null;
	let kind = '';
	let fileName = '';
	for (;;) {
		const page: ImportQuarantineQuery = await api.request(IMPORT_QUARANTINE_QUERY, { runId, first: PAGE, after });
		if (!page.importRun || !page.importQuarantine) error(404, `There is no import ${runId} that you may see.`);
		({ kind, fileName } = page.importRun);
		rows.push(...page.importQuarantine.edges.map((edge) => edge.node));
		if (!page.importQuarantine.pageInfo.hasNextPage) break;
		after = page.importQuarantine.pageInfo.endCursor;
	}
	const template = (await api.request(IMPORT_TEMPLATES_QUERY)).importTemplates.find((entry) => entry.kind === kind);
	const columns = template?.columns.map((column) => column.name) ?? [];
	const stem = fileName.replace(/\.(csv|xlsx)$/i, '').replace(/[^A-Za-z0-9._-]/g, '_');
	return attachment(quarantineCsv(columns, rows), `${stem}-quarantined-run-${runId}.csv`, 'text/csv; charset=utf-8');
};
