import { fail } from '@sveltejs/kit';
import { newUserProblem, parseRole, readNewUserForm } from '$lib/admin-users';
import { settle } from '$lib/load-result';
import { CREATE_USER_MUTATION, SCOPE_CHOICES_QUERY, SET_PUBLISHED_VIEW_MUTATION, UPDATE_USER_MUTATION, USERS_QUERY } from '$lib/queries/account.queries';
import { adminAction } from '$lib/server/admin-actions';
import { hubApi } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ fetch, locals, url }) => {
	// Checked here as well as in the layout: a refused page must start no streamed API calls, or its 403 would go out as 200.
	assertMayVisit(locals, url.pathname);
	const api = hubApi({ fetch, locals });
	return {
		users: settle(api.request(USERS_QUERY)),
		choices: settle(api.request(SCOPE_CHOICES_QUERY))
	};
};

export const actions: Actions = {
	createUser: async (event) => {
		const input = readNewUserForm(await event.request.formData());
		const problem = newUserProblem(input);
		const kept = { email: input.email, displayName: input.displayName, role: input.role };
		if (problem) return fail(400, { action: 'createUser', message: problem, kept });
		const { password, ...rest } = input;
		// newUserProblem has refused a missing role.
		const result = await adminAction(
			event,
			'createUser',
			CREATE_USER_MUTATION,
			{ input: { ...rest, role: rest.role!, password: password || null } },
			`Account ${input.email} created.`
		);
		return 'status' in result ? fail(result.status, { ...result.data, kept }) : result;
	},
	changeRole: async (event) => {
		const form = await event.request.formData();
		const role = parseRole(form.get('role'));
		if (!role) return fail(400, { action: 'changeRole', message: 'Choose a role.' });
		return adminAction(
			event,
			'changeRole',
			UPDATE_USER_MUTATION,
			{ id: String(form.get('id')), input: { role } },
			`Role changed; the user's open sessions have ended.`
		);
	},
	setDisabled: async (event) => {
		const form = await event.request.formData();
		const disabled = form.get('disabled') === 'true';
		return adminAction(
			event,
			'setDisabled',
			UPDATE_USER_MUTATION,
			{ id: String(form.get('id')), input: { disabled } },
			disabled ? 'Account disabled.' : 'Account enabled.'
		);
	},
	setRecordAccess: async (event) => {
		const form = await event.request.formData();
		const recordAccess = form.get('recordAccess') === 'true';
		return adminAction(
			event,
			'setRecordAccess',
			UPDATE_USER_MUTATION,
			{ id: String(form.get('id')), input: { recordAccess } },
			recordAccess ? 'Record access granted.' : 'Record access withdrawn.'
		);
	},
	setPublishedView: async (event) => {
		const enabled = (await event.request.formData()).get('enabled') === 'true';
		return adminAction(
			event,
			'setPublishedView',
			SET_PUBLISHED_VIEW_MUTATION,
			{ enabled },
			enabled ? 'The published view is on: anyone can see aggregate figures without signing in.' : 'The published view is off.'
		);
	}
};
