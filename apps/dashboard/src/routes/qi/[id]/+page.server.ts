import { error } from '@sveltejs/kit';
import { hubApi } from '$lib/server/hub-api';
import { settle, type LoadResult } from '$lib/load-result';
import { todayInHub } from '$lib/qi-edit/form-values';
import type { QiProject } from '$lib/queries/qi.queries';
import type { SpcChart } from '$lib/queries/analytics.fragments';
import { QI_PROJECT_EDIT_QUERY, QI_SERVICES_QUERY, type QiEditProject, type ServiceChoice } from '$lib/queries/qi-edit.queries';
import { QI_MEASURE_SPC_QUERY, QI_PROJECT_QUERY } from '$lib/queries/qi.queries';
import { qiProjectActions } from '$lib/server/qi-project.actions';
import { parseSpcAdjustment, toSpcOptions } from '$lib/spc-options';
import type { Actions, PageServerLoad } from './$types';

// Awaited rather than streamed: a project that does not exist must answer 404, not an empty page.
export const load: PageServerLoad = async ({ params, url, fetch, locals }) => {
	const api = hubApi({ fetch, locals });
	const adjustment = parseSpcAdjustment(url.searchParams);
	// The edit fields are asked for apart: if they fail, the page still shows the project, without edit controls.
	const [answer, adjusted, editing] = await Promise.all([
		settle(api.request(QI_PROJECT_QUERY, { id: params.id }).then((result) => result.qiProject)),
		adjustment
			? settle(
					api.request(QI_MEASURE_SPC_QUERY, { id: adjustment.measureId, options: toSpcOptions(adjustment) }).then((result) => result.qiMeasure?.spc ?? null)
				)
			: null,
		settle(api.request(QI_PROJECT_EDIT_QUERY, { id: params.id }).then((result) => result.qiProject))
	]);
	if (answer.ok && answer.data === null) error(404, `There is no QI project with id ${params.id}`);
	const project = answer as LoadResult<QiProject>;
	const edit = editing as LoadResult<QiEditProject>;
	const canEdit = edit.ok && edit.data.canEdit;
	return {
		project,
		adjustment,
		adjusted: adjusted as LoadResult<SpcChart | null> | null,
		edit,
		canEdit,
		today: todayInHub(new Date()),
		services: canEdit ? await settle(api.request(QI_SERVICES_QUERY).then((result) => result.services)) : null
	} satisfies Record<string, unknown> & { services: LoadResult<ServiceChoice[]> | null };
};

export const actions: Actions = qiProjectActions;
