import { fail, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { errorMessage, refusalOf } from '$lib/ui/load-result';
import type { SignInMutation } from '$lib/graphql/graphql';
import { SIGN_IN_MUTATION } from '$lib/queries/account.queries';
import { hubApi } from '$lib/server/hub-api';
import { singleSignOnErrorMessage } from '$lib/server/oidc.errors';
import { safeRedirectTarget, SESSION_COOKIE, sessionCookieOptions } from '$lib/account/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return {
		redirectTo,
		signedOut: url.searchParams.has('signedOut'),
		singleSignOnError: singleSignOnErrorMessage(url.searchParams.get('error')),
		singleSignOnHref: env.HUB_OIDC_ISSUER ? `/auth/oidc/login?redirectTo=${encodeURIComponent(redirectTo)}` : null
	};
};

export const actions: Actions = {
	default: async ({ request, fetch, cookies, url }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const redirectTo = safeRedirectTarget(String(form.get('redirectTo') ?? ''));
		if (!email || !password) return fail(400, { email, message: 'Enter your e-mail address and password.' });

		let result: SignInMutation;
		try {
			result = await hubApi({ fetch, locals: { token: null } }).request(SIGN_IN_MUTATION, { email, password });
		} catch (error) {
			const refused = refusalOf(error) === 'UNAUTHENTICATED';
			const message = refused
				? 'That e-mail address and password do not match an enabled account. Check them and try again.'
				: `Could not sign in: ${errorMessage(error)}`;
			return fail(refused ? 401 : 502, { email, message });
		}
		const now = new Date();
		cookies.set(SESSION_COOKIE, result.signIn.token, sessionCookieOptions(url, result.signIn.expiresAt, now));
		redirect(303, redirectTo);
	}
};
