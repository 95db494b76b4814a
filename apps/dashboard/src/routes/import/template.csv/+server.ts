import { error } from '@sveltejs/kit';
import { attachment } from '$lib/export/kpi-export.server';
import { templateCsv } from '$lib/import/import-files';
import { IMPORT_TEMPLATES_QUERY } from '$lib/queries/import.queries';
import { hubApi } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import type { RequestHandler } from './$types';

// The template of ?kind=: the header row and one example row, to fill in.
export const GET: RequestHandler = async ({ url, fetch, locals }) => {
	assertMayVisit(locals, url.pathname);
	const kind = url.searchParams.get('kind');
	const templates = (await hubApi({ fetch, locals }).request(IMPORT_TEMPLATES_QUERY)).importTemplates;
	const template = templates.find((entry) => entry.kind === kind);
	if (!template) error(400, `"kind" must be one of ${templates.map((entry) => entry.kind).join(', ')}.`);
	return attachment(templateCsv(template.columns), `${template.kind.toLowerCase().replace(/_/g, '-')}-template.csv`, 'text/csv; charset=utf-8');
};
