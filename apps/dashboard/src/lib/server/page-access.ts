import { error } from '@sveltejs/kit';
import { mayVisit } from '$lib/site/navigation';
import { ROLE_LABELS } from '$lib/account/viewer';

/** Refuses a page the viewer's role does not open (a typed address), with a 403 the error page explains. */
export function assertMayVisit(locals: App.Locals, path: string): void {
	if (mayVisit(locals.user, path)) return;
	const who = locals.user ? `your role (${ROLE_LABELS[locals.user.role].toLowerCase()})` : 'visitors who have not signed in';
	error(403, `This page is not open to ${who}. Ask a hub admin if you think you need it.`);
}
