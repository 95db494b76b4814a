import { redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { safeRedirectTarget } from '$lib/account/session';
import { oidcClientSettings } from '$lib/server/oidc.config';
import { encodePending, PENDING_COOKIE, pendingCookieOptions } from '$lib/server/oidc.cookie';
import { signInErrorPath, SingleSignOnFailure } from '$lib/server/oidc.errors';
import { startSignIn } from '$lib/server/oidc.flow';
import type { RequestHandler } from './$types';

/** Starts single sign-on: state, nonce and PKCE verifier go in a short-lived cookie, the user to the provider. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const settings = oidcClientSettings(env);
	if (!settings) redirect(303, signInErrorPath('sso_not_configured'));
	let started;
	try {
		started = await startSignIn(settings, url.origin, safeRedirectTarget(url.searchParams.get('redirectTo')));
	} catch (error) {
		if (error instanceof SingleSignOnFailure) redirect(303, signInErrorPath(error.code));
		throw error;
	}
	cookies.set(PENDING_COOKIE, encodePending(started.pending), pendingCookieOptions(url));
	redirect(303, started.authorizationUrl.href);
};
