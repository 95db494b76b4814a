import { parseAuditView, toAuditVariables } from '$lib/account/audit-view';
import { settle } from '$lib/ui/load-result';
import { AUDIT_LOG_QUERY, USERS_QUERY } from '$lib/queries/account.queries';
import { hubApi } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, fetch, locals }) => {
	// Checked here as well as in the layout: a refused page must start no streamed API calls, or its 403 would go out as 200.
	assertMayVisit(locals, url.pathname);
	const api = hubApi({ fetch, locals });
	const view = parseAuditView(url.searchParams);
	return {
		view,
		entries: settle(api.request(AUDIT_LOG_QUERY, toAuditVariables(view)).then((result) => result.auditLog)),
		users: settle(api.request(USERS_QUERY).then((result) => result.users.map(({ id, email }) => ({ id, email }))))
	};
};
