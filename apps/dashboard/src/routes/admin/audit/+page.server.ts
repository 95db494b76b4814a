import { parseAuditView, toAuditVariables } from '$lib/audit-view';
import { settle } from '$lib/load-result';
import { AUDIT_LOG_QUERY, USERS_QUERY, type AuditLogResult, type UsersResult } from '$lib/queries/account.queries';
import { hubApi } from '$lib/server/hub-api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, fetch, locals }) => {
	const api = hubApi({ fetch, locals });
	const view = parseAuditView(url.searchParams);
	return {
		view,
		entries: settle(api.request<AuditLogResult>(AUDIT_LOG_QUERY, toAuditVariables(view)).then((result) => result.auditLog)),
		users: settle(api.request<UsersResult>(USERS_QUERY).then((result) => result.users.map(({ id, email }) => ({ id, email }))))
	};
};
