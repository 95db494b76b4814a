import type { TypedDocumentString } from '../graphql/graphql';
import type { RefusalCode } from '../load-result';

/** A document's variables as request's arguments: optional for a document without variables. */
export type VariablesOf<TVariables> = TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables];

interface GraphQLErrorBody {
	message: string;
	extensions?: { code?: unknown; argumentName?: unknown };
}

/** One error as the API reported it: its code (e.g. CONFLICT) and the argument at fault, when it names one. */
export interface ApiProblem {
	message: string;
	code: string | null;
	argumentName: string | null;
}

interface GraphQLResponse<TData> {
	data?: TData | null;
	errors?: GraphQLErrorBody[];
}

/** A failed API call; `code` says when the API refused the caller rather than failed. */
export class ApiError extends Error {
	constructor(
		message: string,
		readonly code: RefusalCode | null = null,
		options?: ErrorOptions,
		readonly problems: readonly ApiProblem[] = []
	) {
		super(message, options);
		this.name = 'ApiError';
	}
}

/** The refusal among the errors, if any: UNAUTHENTICATED outranks FORBIDDEN. */
export function refusalOf(errors: readonly GraphQLErrorBody[]): RefusalCode | null {
	const codes = errors.map((error) => error.extensions?.code);
	if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
	if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
	return null;
}

export interface GraphQLClient {
	/** Sends a generated document; its result and variables types come from the document. */
	request<TData, TVariables>(document: TypedDocumentString<TData, TVariables>, ...variables: VariablesOf<TVariables>): Promise<TData>;
}

export interface GraphQLClientOptions {
	/** SvelteKit's `fetch` from the load event, or any fetch-compatible function. */
	fetch?: typeof fetch;
	timeoutMs?: number;
	/** A session or API token, sent as `Authorization: Bearer <token>`. */
	token?: string | null;
}

const DEFAULT_TIMEOUT_MS = 15_000;

async function readBody<TData>(response: Response): Promise<GraphQLResponse<TData> | null> {
	try {
		return (await response.json()) as GraphQLResponse<TData>;
	} catch {
		return null;
	}
}

function graphQLErrorMessage(errors: GraphQLErrorBody[]): string {
	return errors.map((error) => error.message).join('; ');
}

function problemOf(error: GraphQLErrorBody): ApiProblem {
	const { code, argumentName } = error.extensions ?? {};
	return {
		message: error.message,
		code: typeof code === 'string' ? code : null,
		argumentName: typeof argumentName === 'string' ? argumentName : null
	};
}

/** A minimal GraphQL-over-HTTP client: POST {query, variables}, errors become thrown Errors. */
export function createGraphQLClient(url: string, options: GraphQLClientOptions = {}): GraphQLClient {
	const fetchFn = options.fetch ?? fetch;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
	if (options.token) headers.authorization = `Bearer ${options.token}`;

	async function post(body: string): Promise<Response> {
		try {
			return await fetchFn(url, {
				method: 'POST',
				headers,
				body,
				signal: AbortSignal.timeout(timeoutMs)
			});
		} catch (cause) {
			if (cause instanceof DOMException && cause.name === 'TimeoutError') {
				throw new ApiError(`The API at ${url} did not answer within ${timeoutMs / 1000} s`, null, { cause });
			}
			throw new ApiError(`The API at ${url} is not reachable`, null, { cause });
		}
	}

	return {
		async request<TData, TVariables>(document: TypedDocumentString<TData, TVariables>, ...[variables]: VariablesOf<TVariables>): Promise<TData> {
			const response = await post(JSON.stringify({ query: document.toString(), variables: variables ?? {} }));
			const body = await readBody<TData>(response);
			if (body?.errors?.length) {
				throw new ApiError(graphQLErrorMessage(body.errors), refusalOf(body.errors), undefined, body.errors.map(problemOf));
			}
			if (!response.ok) {
				throw new ApiError(`The API at ${url} answered HTTP ${response.status} ${response.statusText}`.trim());
			}
			if (body?.data == null) throw new ApiError(`The API at ${url} returned no data`);
			return body.data;
		}
	};
}
