import { fail, type RequestEvent } from '@sveltejs/kit';
import { mayVisit } from '$lib/site/navigation';
import { errorMessage } from '$lib/ui/load-result';
import type { TypedDocumentString } from '$lib/graphql/graphql';
import type { VariablesOf } from './graphql.client';
import { hubApi } from './hub-api';

/**
 * Runs an admin form action against the API. Form actions do not run the layout's load, so
 * the role is checked here as well; the API refuses non-admins whatever the dashboard does.
 */
export async function adminAction<TData, TVariables>(
	event: Pick<RequestEvent, 'fetch' | 'locals'>,
	action: string,
	document: TypedDocumentString<TData, TVariables>,
	variables: TVariables,
	done: string
) {
	if (!mayVisit(event.locals.user, '/admin/users')) return fail(403, { action, message: 'Only an admin can do this.' });
	try {
		// Every admin action takes variables, which TypeScript cannot see through the generic.
		await hubApi(event).request(document, ...([variables] as VariablesOf<TVariables>));
		return { action, done };
	} catch (error) {
		return fail(400, { action, message: errorMessage(error) });
	}
}
