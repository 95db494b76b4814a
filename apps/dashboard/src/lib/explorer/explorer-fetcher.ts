import type { ExecutionResult } from 'graphql';

/** What GraphiQL hands its fetcher. */
export interface ExplorerRequest {
	query: string;
	variables?: Record<string, unknown> | null;
	operationName?: string | null;
}

const EXPLORER_ENDPOINT = '/explorer/graphql';

export const EXPLORER_DEFAULT_QUERY = `# Ask the Hub API anything your role may see; the docs on the left list every field.
{
  me {
    displayName
    role
    figures
  }
}
`;

/**
 * GraphiQL's fetcher: posts to the dashboard's own endpoint, which adds the signed-in user's
 * token on the server. The browser never holds the token, and the API sees the user's role.
 */
export function explorerFetcher(fetchFn: typeof fetch, endpoint = EXPLORER_ENDPOINT) {
	return async (request: ExplorerRequest): Promise<ExecutionResult> => {
		const response = await fetchFn(endpoint, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(request),
			credentials: 'same-origin'
		});
		const text = await response.text();
		try {
			return JSON.parse(text) as ExecutionResult;
		} catch {
			// GraphiQL shows an error by its message alone, so a plain object stands in for a GraphQLError.
			const failure: unknown = { errors: [{ message: `The explorer's endpoint answered HTTP ${response.status}: ${text.slice(0, 200)}` }] };
			return failure as ExecutionResult;
		}
	};
}
