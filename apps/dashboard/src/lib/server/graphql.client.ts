export type GraphQLVariables = Record<string, unknown>;

interface GraphQLResponse<TData> {
	data?: TData | null;
	errors?: { message: string }[];
}

export interface GraphQLClient {
	request<TData, TVariables extends GraphQLVariables = GraphQLVariables>(
		query: string,
		variables?: TVariables
	): Promise<TData>;
}

export interface GraphQLClientOptions {
	/** SvelteKit's `fetch` from the load event, or any fetch-compatible function. */
	fetch?: typeof fetch;
	timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

async function readBody<TData>(response: Response): Promise<GraphQLResponse<TData> | null> {
	try {
		return (await response.json()) as GraphQLResponse<TData>;
	} catch {
		return null;
	}
}

function graphQLErrorMessage(errors: { message: string }[]): string {
	return errors.map((error) => error.message).join('; ');
}

/** A minimal GraphQL-over-HTTP client: POST {query, variables}, errors become thrown Errors. */
export function createGraphQLClient(url: string, options: GraphQLClientOptions = {}): GraphQLClient {
	const fetchFn = options.fetch ?? fetch;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

	async function post(body: string): Promise<Response> {
		try {
			return await fetchFn(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body,
				signal: AbortSignal.timeout(timeoutMs)
			});
		} catch (cause) {
			if (cause instanceof DOMException && cause.name === 'TimeoutError') {
				throw new Error(`The API at ${url} did not answer within ${timeoutMs / 1000} s`, { cause });
			}
			throw new Error(`The API at ${url} is not reachable`, { cause });
		}
	}

	return {
		async request<TData, TVariables extends GraphQLVariables = GraphQLVariables>(
			query: string,
			variables?: TVariables
		): Promise<TData> {
			const response = await post(JSON.stringify({ query, variables: variables ?? {} }));
			const body = await readBody<TData>(response);
			if (body?.errors?.length) throw new Error(graphQLErrorMessage(body.errors));
			if (!response.ok) {
				throw new Error(`The API at ${url} answered HTTP ${response.status} ${response.statusText}`.trim());
			}
			if (body?.data == null) throw new Error(`The API at ${url} returned no data`);
			return body.data;
		}
	};
}
