import { redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { SESSION_COOKIE, sessionCookieOptions } from '$lib/account/session';
import { hubApi } from '$lib/server/hub-api';
import { oidcClientSettings } from '$lib/server/oidc.config';
import { decodePending, PENDING_COOKIE, pendingCookieOptions } from '$lib/server/oidc.cookie';
import { signInErrorPath, SingleSignOnFailure } from '$lib/server/oidc.errors';
import { redeemCallback, signInToHub } from '$lib/server/oidc.flow';
import type { RequestHandler } from './$types';

/** The provider sends the user back here: check, redeem the code, let the API verify the ID token, set the session. */
export const GET: RequestHandler = async ({ url, cookies, fetch }) => {
	const pending = decodePending(cookies.get(PENDING_COOKIE));
	// One use only, whatever happens next: a second callback with the same answer finds nothing.
	cookies.delete(PENDING_COOKIE, { path: pendingCookieOptions(url).path });
	const settings = oidcClientSettings(env);
	if (!settings) redirect(303, signInErrorPath('sso_not_configured'));
	let session;
	try {
		const idToken = await redeemCallback(settings, url.origin, url, pending);
		session = await signInToHub(hubApi({ fetch, locals: { token: null } }), idToken, pending!.nonce);
	} catch (error) {
		if (error instanceof SingleSignOnFailure) {
			console.warn(`Single sign-on failed (${error.code}):`, error.cause instanceof Error ? error.cause.message : '');
			redirect(303, signInErrorPath(error.code));
		}
		throw error;
	}
	cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(url, session.expiresAt, new Date()));
	redirect(303, pending!.redirectTo);
};
