import { json, redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { mayVisit } from '$lib/site/navigation';
import { withSecurityHeaders } from '$lib/site/security-headers';
import { isPublicPath, SESSION_COOKIE, signInPath } from '$lib/account/session';
import { whoIsAsking } from '$lib/server/who-is-asking';
import { bodyRefusal } from '$lib/server/body-limit';

/**
 * Who is asking: the session cookie's token, checked with the API on every request so a
 * revoked or expired session ends at once. Anonymous visitors go to sign-in, unless an admin
 * has opened the published view and the page shows aggregates only.
 */
const authenticate: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE) ?? null;
	const asking = await whoIsAsking(fetch, token);
	if (token && !asking.user && !asking.problem) event.cookies.delete(SESSION_COOKIE, { path: '/' });
	event.locals.user = asking.user;
	event.locals.token = asking.user ? token : null;
	event.locals.publishedView = asking.publishedView;

	const path = event.url.pathname;
	if (asking.user || isPublicPath(path)) return resolve(event);
	if (asking.publishedView && mayVisit(null, path)) return resolve(event);
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD' && !event.isDataRequest) {
		if (!event.request.headers.get('content-type')?.includes('form')) {
			return json({ errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] }, { status: 401 });
		}
	}
	// A client-side navigation's data request needs SvelteKit's own redirect answer; a page gets a plain 303.
	if (event.isDataRequest) redirect(303, signInPath(event.url));
	return new Response(null, { status: 303, headers: { location: signInPath(event.url) } });
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	try {
		withSecurityHeaders(response.headers);
		return response;
	} catch {
		// A response with immutable headers (a fetched one passed through): copy it.
		const copy = new Response(response.body, response);
		withSecurityHeaders(copy.headers);
		return copy;
	}
};

const limitBodies: Handle = async ({ event, resolve }) => {
	const refusal = bodyRefusal(event.request.method, event.url.pathname, event.request.headers);
	if (refusal) return new Response(refusal.message, { status: refusal.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	return resolve(event);
};

export const handle = sequence(securityHeaders, limitBodies, authenticate);
