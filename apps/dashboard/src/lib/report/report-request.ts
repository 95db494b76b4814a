/** What a board pack is asked for in its URL: ?contract=<code>&quarter=<first day of the quarter, YYYY-MM-DD>. */
export interface ReportRequest {
	contract: string | null;
	quarter: string | null;
}

const QUARTER_START = /^\d{4}-(01|04|07|10)-01$/;

/** The request, or a sentence naming the field that is wrong and why; a missing field means "the default". */
export function parseReportRequest(params: URLSearchParams): { ok: true; request: ReportRequest } | { ok: false; message: string } {
	const contract = params.get('contract')?.trim() || null;
	const quarter = params.get('quarter')?.trim() || null;
	if (quarter !== null && !QUARTER_START.test(quarter)) {
		return { ok: false, message: `quarter must be the first day of a quarter written YYYY-MM-DD, such as 2019-04-01; got “${quarter}”` };
	}
	return { ok: true, request: { contract, quarter } };
}
