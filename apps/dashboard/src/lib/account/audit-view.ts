/** The audit log page's filters and page, as they appear in its URL. */
export interface AuditView {
	action: string | null;
	userId: string | null;
	/** Days, "YYYY-MM-DD", inclusive. */
	from: string | null;
	to: string | null;
	before: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

/** The actions an admin filters by most; the API accepts any action name. */
export const AUDIT_ACTIONS = [
	'auth.sign_in',
	'auth.sign_in_failed',
	'auth.sign_out',
	'records.read',
	'user.create',
	'user.update',
	'token.create',
	'token.revoke',
	'setting.change'
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditView(params: URLSearchParams): AuditView {
	const text = (name: string, pattern: RegExp) => {
		const value = params.get(name)?.trim() ?? '';
		return pattern.test(value) ? value : null;
	};
	return {
		action: text('action', /^[a-z_.]{1,60}$/),
		userId: text('user', /^\d+$/),
		from: text('from', DAY),
		to: text('to', DAY),
		before: text('before', /^\d+$/)
	};
}

function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

/** The API's variables: days become instants, the "to" day included whole. */
export function toAuditVariables(view: AuditView) {
	const filter = {
		...(view.action && { actions: [view.action] }),
		...(view.userId && { userId: view.userId }),
		...(view.from && { from: `${view.from}T00:00:00Z` }),
		...(view.to && { to: `${nextDay(view.to)}T00:00:00Z` })
	};
	return { filter, first: AUDIT_PAGE_SIZE, before: view.before };
}

/** The address of the next, older page: the same filters, before the last entry shown; null when this page was the last. */
export function olderPageSearch(view: AuditView, ids: readonly string[]): string | null {
	if (ids.length < AUDIT_PAGE_SIZE) return null;
	const params = new URLSearchParams();
	if (view.action) params.set('action', view.action);
	if (view.userId) params.set('user', view.userId);
	if (view.from) params.set('from', view.from);
	if (view.to) params.set('to', view.to);
	params.set('before', ids[ids.length - 1]);
	return `?${params}`;
}

/** The particulars of an entry in one line, for the table. */
export function describeDetail(detail: Record<string, unknown>): string {
	return Object.entries(detail)
		.map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
		.join(', ');
}
