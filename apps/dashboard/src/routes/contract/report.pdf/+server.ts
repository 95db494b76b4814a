import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { SESSION_COOKIE } from '$lib/account/session';
import { contractViewSearch } from '$lib/contract/contract-view';
import { boardPackFileName } from '$lib/report/board-pack';
import { parseReportRequest } from '$lib/report/report-request';
import { assertMayVisit } from '$lib/server/page-access';
import { createPdfRenderer, PdfRenderError, reportOrigin } from '$lib/server/pdf.render';
import type { RequestHandler } from './$types';

let renderer: ReturnType<typeof createPdfRenderer> | undefined;

/** One renderer per server, so its queue holds every request. */
function pdfRenderer(): ReturnType<typeof createPdfRenderer> {
	return (renderer ??= createPdfRenderer({ executablePath: env.HUB_CHROMIUM_PATH || '/usr/bin/chromium' }));
}

/**
 * The board pack as a PDF: the printable report (/contract/report) printed by the hub's headless
 * Chromium with the caller's own session, so it holds exactly what they may see.
 */
export const GET: RequestHandler = async ({ url, locals, cookies }) => {
	assertMayVisit(locals, '/contract');
	const parsed = parseReportRequest(url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const origin = reportOrigin(env, url);
	const report = new URL(`/contract/report${contractViewSearch({ ...parsed.request, kpi: null })}`, origin);
	const token = cookies.get(SESSION_COOKIE);
	try {
		const rendered = await pdfRenderer().render({ url: report.href, cookies: token ? [{ name: SESSION_COOKIE, value: token }] : [] });
		return new Response(rendered.pdf as Uint8Array<ArrayBuffer>, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${boardPackFileName(rendered.contract, rendered.quarter)}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (failure) {
		if (!(failure instanceof PdfRenderError)) throw failure;
		const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };
		if (failure.retryAfterSeconds !== null) headers['retry-after'] = String(failure.retryAfterSeconds);
		return new Response(failure.message, { status: failure.status, headers });
	}
};
