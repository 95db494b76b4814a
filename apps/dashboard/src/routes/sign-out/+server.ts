import { redirect } from '@sveltejs/kit';
import { SIGN_OUT_MUTATION } from '$lib/queries/account.queries';
import { hubApi } from '$lib/server/hub-api';
import { SESSION_COOKIE } from '$lib/account/session';
import type { RequestHandler } from './$types';

// Ends the session at the API too, so the token is dead even if the cookie were copied.
export const POST: RequestHandler = async ({ fetch, locals, cookies }) => {
	await hubApi({ fetch, locals })
		.request(SIGN_OUT_MUTATION)
		.catch(() => false);
	cookies.delete(SESSION_COOKIE, { path: '/' });
	redirect(303, '/sign-in?signedOut=1');
};
