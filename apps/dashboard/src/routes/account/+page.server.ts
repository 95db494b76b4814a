import { fail } from '@sveltejs/kit';
import { parseLifetime } from '$lib/api-tokens';
import { errorMessage, settle } from '$lib/load-result';
import { CREATE_API_TOKEN_MUTATION, MY_API_TOKENS_QUERY, REVOKE_API_TOKEN_MUTATION } from '$lib/queries/account.queries';
import { hubApi, hubApiUrl } from '$lib/server/hub-api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ fetch, locals }) => ({
	apiUrl: hubApiUrl(),
	tokens: settle(
		hubApi({ fetch, locals })
			.request(MY_API_TOKENS_QUERY)
			.then((result) => result.myApiTokens)
	)
});

export const actions: Actions = {
	createToken: async ({ request, fetch, locals }) => {
		const form = await request.formData();
		const name = String(form.get('name') ?? '').trim();
		const expiresInDays = parseLifetime(form.get('expiresInDays'));
		if (!name) return fail(400, { action: 'createToken', name, message: 'Give the token a name that says what it is for.' });
		if (expiresInDays === null) return fail(400, { action: 'createToken', name, message: 'Choose how long the token lasts.' });
		try {
			const result = await hubApi({ fetch, locals }).request(CREATE_API_TOKEN_MUTATION, { name, expiresInDays });
			// The secret goes to this one response only; the API keeps just its hash.
			return { action: 'createToken', created: { name: result.createApiToken.token.name, secret: result.createApiToken.secret } };
		} catch (error) {
			return fail(400, { action: 'createToken', name, message: `Could not create the token: ${errorMessage(error)}` });
		}
	},
	revokeToken: async ({ request, fetch, locals }) => {
		const id = String((await request.formData()).get('id') ?? '');
		try {
			await hubApi({ fetch, locals }).request(REVOKE_API_TOKEN_MUTATION, { id });
			return { action: 'revokeToken', revoked: id };
		} catch (error) {
			return fail(400, { action: 'revokeToken', message: `Could not revoke the token: ${errorMessage(error)}` });
		}
	}
};
