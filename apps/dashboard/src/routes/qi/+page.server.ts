import { hubApi } from '$lib/server/hub-api';
import type { QiProjectsQueryVariables } from '$lib/graphql/graphql';
import { settle } from '$lib/load-result';
import { todayInHub } from '$lib/qi-edit/form-values';
import { mayRecordQiWork } from '$lib/qi-edit/qi-choices';
import { FORUM_FIELDS, forumInput } from '$lib/qi-edit/qi-inputs';
import { involvementRows } from '$lib/qi-involvement';
import { parseQiPortfolioFilter, toQiProjectFilter } from '$lib/qi-portfolio';
import { QI_FORUM_MEETINGS_QUERY, RECORD_QI_FORUM_MEETING_MUTATION } from '$lib/queries/qi-edit.queries';
import { INVOLVEMENT_OVER_TIME_QUERY, QI_PROJECTS_QUERY } from '$lib/queries/qi.queries';
import { qiSave } from '$lib/server/qi-edit.actions';
import type { Actions, PageServerLoad } from './$types';

// Promises are returned un-awaited so the page streams and shows each panel as it arrives.
export const load: PageServerLoad = ({ url, fetch, locals }) => {
	const api = hubApi({ fetch, locals });
	const filter = parseQiPortfolioFilter(url.searchParams);
	const variables: QiProjectsQueryVariables = { filter: toQiProjectFilter(filter) };

	return {
		filter,
		mayRecord: mayRecordQiWork(locals.user),
		today: todayInHub(new Date()),
		projects: settle(api.request(QI_PROJECTS_QUERY, variables).then((result) => result.qiProjects)),
		involvement: settle(api.request(INVOLVEMENT_OVER_TIME_QUERY).then((result) => involvementRows(result.involvementOverTime))),
		forum: settle(api.request(QI_FORUM_MEETINGS_QUERY).then((result) => result.qiForumMeetings))
	};
};

export const actions: Actions = {
	recordForumMeeting: (event) =>
		qiSave(event, {
			form: 'recordForumMeeting',
			fields: FORUM_FIELDS,
			read: forumInput,
			document: RECORD_QI_FORUM_MEETING_MUTATION,
			variables: (input) => ({ input }),
			saved: 'Forum meeting recorded.',
			refuse: mayRecordQiWork(event.locals.user) ? null : 'Only QI leads and admins record QI forum meetings.'
		})
};
