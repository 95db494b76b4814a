import { json } from '@sveltejs/kit';
import { explorerRefusal, MAX_EXPLORER_BODY_BYTES } from '$lib/server/explorer-proxy';
import { hubApiUrl } from '$lib/server/hub-api';
import type { RequestHandler } from './$types';

const refuse = (status: number, message: string) => json({ errors: [{ message }] }, { status });

// Forwards the explorer's query to the API as the signed-in user; the browser never sees the token.
export const POST: RequestHandler = async ({ request, locals, url }) => {
	if (!locals.user || !locals.token) return refuse(401, 'Sign in to use the explorer.');
	const refusal = explorerRefusal(request, url.origin);
	if (refusal) return refuse(refusal.status, refusal.message);
	const body = await request.text();
	if (body.length > MAX_EXPLORER_BODY_BYTES) return refuse(413, 'The query is too large.');
	try {
		const answer = await fetch(hubApiUrl(), {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${locals.token}` },
			body,
			signal: AbortSignal.timeout(30_000)
		});
		return new Response(await answer.text(), {
			status: answer.status,
			headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' }
		});
	} catch {
		return refuse(502, 'The API is not reachable.');
	}
};
