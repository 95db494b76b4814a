import { error, redirect } from '@sveltejs/kit';
import { settle } from '$lib/load-result';
import type { CreateQiProjectMutation } from '$lib/graphql/graphql';
import { todayInHub } from '$lib/qi-edit/form-values';
import { mayRecordQiWork } from '$lib/qi-edit/qi-choices';
import { PROJECT_FIELDS, projectInput } from '$lib/qi-edit/qi-inputs';
import { CREATE_QI_PROJECT_MUTATION, QI_SERVICES_QUERY } from '$lib/queries/qi-edit.queries';
import { hubApi } from '$lib/server/hub-api';
import { qiSave } from '$lib/server/qi-edit.actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals }) => {
	if (!mayRecordQiWork(locals.user)) error(403, 'Only QI leads and admins start QI projects.');
	const services = await settle(
		hubApi({ fetch, locals })
			.request(QI_SERVICES_QUERY)
			.then((result) => result.services)
	);
	return { services, today: todayInHub(new Date()) };
};

export const actions: Actions = {
	default: async (event) => {
		const answer = await qiSave(event, {
			form: 'newProject',
			fields: PROJECT_FIELDS,
			read: projectInput,
			document: CREATE_QI_PROJECT_MUTATION,
			variables: (input) => ({ input }),
			saved: 'Project created.',
			refuse: mayRecordQiWork(event.locals.user) ? null : 'Only QI leads and admins start QI projects.'
		});
		if (!('result' in answer)) return answer;
		const created = (answer.result as CreateQiProjectMutation).createQiProject;
		redirect(303, `/qi/${encodeURIComponent(created.id)}?created=1`);
	}
};
