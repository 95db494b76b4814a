import { fail, type RequestEvent } from '@sveltejs/kit';
import { mayVisit } from '$lib/navigation';
import { errorMessage } from '$lib/load-result';
import { hubApi } from './hub-api';

/**
 * Runs an admin form action against the API. Form actions do not run the layout's load, so
 * the role is checked here as well; the API refuses non-admins whatever the dashboard does.
 */
export async function adminAction(
	event: Pick<RequestEvent, 'fetch' | 'locals'>,
	action: string,
	document: string,
	variables: Record<string, unknown>,
	done: string
) {
	if (!mayVisit(event.locals.user, '/admin/users')) return fail(403, { action, message: 'Only an admin can do this.' });
	try {
		await hubApi(event).request(document, variables);
		return { action, done };
	} catch (error) {
		return fail(400, { action, message: errorMessage(error) });
	}
}
