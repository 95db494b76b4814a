/** The most a query sent through the explorer may weigh; the API applies its own limits too. */
export const MAX_EXPLORER_BODY_BYTES = 100_000;

/**
 * Why a browser's request to the explorer endpoint is refused, or null to forward it. Only
 * pages of this dashboard may use it: a request from another site (or with no Origin, which
 * browsers always send on a POST) is refused, so a signed-in user's cookie cannot be borrowed.
 */
export function explorerRefusal(request: Request, dashboardOrigin: string): { status: number; message: string } | null {
	const origin = request.headers.get('origin');
	if (origin !== dashboardOrigin) return { status: 403, message: 'The explorer endpoint only answers pages of this dashboard.' };
	if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) {
		return { status: 415, message: 'Send the query as application/json.' };
	}
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_EXPLORER_BODY_BYTES) return { status: 413, message: 'The query is too large.' };
	return null;
}
