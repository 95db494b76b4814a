import { describe, expect, it } from 'vitest';
import { TypedDocumentString } from '../graphql/graphql';
import { WHO_AM_I_QUERY } from '../queries/account.queries';
import { ApiError, createGraphQLClient, refusalOf } from './graphql.client';

const URL = 'http://api.test/graphql';

/** A document as codegen would type it, for queries the schema does not have. */
function documentOf<TData = unknown, TVariables = Record<string, never>>(query: string) {
	return new TypedDocumentString<TData, TVariables>(query);
}

function respondWith(status: number, body: unknown): typeof fetch {
	return async () =>
		new Response(typeof body === 'string' ? body : JSON.stringify(body), {
			status,
			statusText: status === 200 ? 'OK' : 'Bad Gateway',
			headers: { 'content-type': 'application/json' }
		});
}

describe('createGraphQLClient', () => {
	it('POSTs the query and variables as JSON', async () => {
		let sent: { url: string; init?: RequestInit } | undefined;
		const fetchFn: typeof fetch = async (url, init) => {
			sent = { url: String(url), init };
			return new Response(JSON.stringify({ data: { ok: true } }));
		};
		const document = documentOf<{ ok: boolean }, { filter: { a: number } }>('query Q { ok }');
		await createGraphQLClient(URL, { fetch: fetchFn }).request(document, { filter: { a: 1 } });
		expect(sent?.url).toBe(URL);
		expect(sent?.init?.method).toBe('POST');
		expect(JSON.parse(String(sent?.init?.body))).toEqual({ query: 'query Q { ok }', variables: { filter: { a: 1 } } });
	});

	it('returns the data', async () => {
		const client = createGraphQLClient(URL, { fetch: respondWith(200, { data: { programmes: [] } }) });
		await expect(client.request(documentOf('query { programmes { id } }'))).resolves.toEqual({ programmes: [] });
	});

	it('sends the fragments a generated document spreads, and empty variables when it takes none', async () => {
		let body: { query: string; variables: unknown } | undefined;
		const fetchFn: typeof fetch = async (_url, init) => {
			body = JSON.parse(String(init?.body));
			return new Response(JSON.stringify({ data: { me: null, publishedView: false } }));
		};
		await expect(createGraphQLClient(URL, { fetch: fetchFn }).request(WHO_AM_I_QUERY)).resolves.toEqual({ me: null, publishedView: false });
		expect(body?.query).toMatch(/query WhoAmI \{[\s\S]*\.\.\.Viewer[\s\S]*fragment Viewer on CurrentUser \{/);
		expect(body?.variables).toEqual({});
	});

	it('throws the GraphQL error messages when errors are present', async () => {
		const client = createGraphQLClient(URL, {
			fetch: respondWith(200, { data: null, errors: [{ message: 'Unknown programme' }, { message: 'Bad date' }] })
		});
		await expect(client.request(documentOf('query { x }'))).rejects.toThrow('Unknown programme; Bad date');
	});

	it('prefers the GraphQL error message on a failed HTTP status', async () => {
		const client = createGraphQLClient(URL, {
			fetch: respondWith(400, { errors: [{ message: 'Cannot query field "x" on type "Query".' }] })
		});
		await expect(client.request(documentOf('query { x }'))).rejects.toThrow('Cannot query field "x" on type "Query".');
	});

	it('names the HTTP status when the body carries no GraphQL errors', async () => {
		const client = createGraphQLClient(URL, { fetch: respondWith(502, '<html>Bad gateway</html>') });
		await expect(client.request(documentOf('query { x }'))).rejects.toThrow(`The API at ${URL} answered HTTP 502 Bad Gateway`);
	});

	it('says the API is not reachable when the request cannot be made', async () => {
		const fetchFn: typeof fetch = async () => {
			throw new TypeError('fetch failed');
		};
		const client = createGraphQLClient(URL, { fetch: fetchFn });
		await expect(client.request(documentOf('query { x }'))).rejects.toThrow(`The API at ${URL} is not reachable`);
	});

	it('says the API did not answer in time', async () => {
		const fetchFn: typeof fetch = (_url, init) =>
			new Promise((_resolve, reject) => {
				init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
			});
		const client = createGraphQLClient(URL, { fetch: fetchFn, timeoutMs: 20 });
		await expect(client.request(documentOf('query { x }'))).rejects.toThrow(`The API at ${URL} did not answer within 0.02 s`);
	});

	it('throws when an ok response has no data', async () => {
		const client = createGraphQLClient(URL, { fetch: respondWith(200, { data: null }) });
		await expect(client.request(documentOf('query { x }'))).rejects.toThrow(`The API at ${URL} returned no data`);
	});

	it('sends the token as a bearer Authorization header', async () => {
		let headers: Headers | undefined;
		const fetchFn: typeof fetch = async (_url, init) => {
			headers = new Headers(init?.headers);
			return new Response(JSON.stringify({ data: { ok: true } }));
		};
		await createGraphQLClient(URL, { fetch: fetchFn, token: 'hubs_abc' }).request(documentOf('query { ok }'));
		expect(headers?.get('authorization')).toBe('Bearer hubs_abc');
	});

	it('sends no Authorization header without a token', async () => {
		let headers: Headers | undefined;
		const fetchFn: typeof fetch = async (_url, init) => {
			headers = new Headers(init?.headers);
			return new Response(JSON.stringify({ data: { ok: true } }));
		};
		await createGraphQLClient(URL, { fetch: fetchFn }).request(documentOf('query { ok }'));
		expect(headers?.has('authorization')).toBe(false);
	});

	it('carries the refusal code of a FORBIDDEN answer', async () => {
		const client = createGraphQLClient(URL, {
			fetch: respondWith(200, { data: null, errors: [{ message: 'Not yours', extensions: { code: 'FORBIDDEN' } }] })
		});
		const error = await client.request(documentOf('query { x }')).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).code).toBe('FORBIDDEN');
	});
});

describe('refusalOf', () => {
	it('is UNAUTHENTICATED when any error says so, even beside FORBIDDEN', () => {
		const errors = [
			{ message: 'a', extensions: { code: 'FORBIDDEN' } },
			{ message: 'b', extensions: { code: 'UNAUTHENTICATED' } }
		];
		expect(refusalOf(errors)).toBe('UNAUTHENTICATED');
	});

	it('is null for other failures', () => {
		expect(refusalOf([{ message: 'Bad date', extensions: { code: 'BAD_USER_INPUT' } }, { message: 'x' }])).toBeNull();
	});
});
