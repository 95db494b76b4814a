import { error } from '@sveltejs/kit';
import { hubApi } from '$lib/server/hub-api';
import { settle, type LoadResult } from '$lib/load-result';
import type { QiProject } from '$lib/qi-types';
import {
	QI_MEASURE_SPC_QUERY,
	QI_PROJECT_QUERY,
	type QiMeasureSpcResult,
	type QiProjectResult
} from '$lib/queries/qi.queries';
import { parseSpcAdjustment, toSpcOptions } from '$lib/spc-options';
import type { SpcChart } from '$lib/spc-types';
import type { PageServerLoad } from './$types';

// Awaited rather than streamed: a project that does not exist must answer 404, not an empty page.
export const load: PageServerLoad = async ({ params, url, fetch, locals }) => {
	const api = hubApi({ fetch, locals });
	const adjustment = parseSpcAdjustment(url.searchParams);
	const [answer, adjusted] = await Promise.all([
		settle(api.request<QiProjectResult>(QI_PROJECT_QUERY, { id: params.id }).then((result) => result.qiProject)),
		adjustment
			? settle(
					api
						.request<QiMeasureSpcResult>(QI_MEASURE_SPC_QUERY, { id: adjustment.measureId, options: toSpcOptions(adjustment) })
						.then((result) => result.qiMeasure?.spc ?? null)
				)
			: null
	]);
	if (answer.ok && answer.data === null) error(404, `There is no QI project with id ${params.id}`);
	const project = answer as LoadResult<QiProject>;
	return { project, adjustment, adjusted: adjusted as LoadResult<SpcChart | null> | null };
};
