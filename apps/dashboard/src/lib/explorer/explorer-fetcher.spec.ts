import { describe, expect, it } from 'vitest';
import { explorerFetcher } from './explorer-fetcher';

describe('explorerFetcher', () => {
	it("posts GraphiQL's request to the dashboard's endpoint, not the API", async () => {
		let sent: { url: string; init?: RequestInit } | undefined;
		const fetchFn: typeof fetch = async (url, init) => {
			sent = { url: String(url), init };
			return new Response(JSON.stringify({ data: { me: { role: 'ANALYST' } } }));
		};
		const answer = await explorerFetcher(fetchFn)({ query: '{ me { role } }', operationName: null });
		expect(answer).toEqual({ data: { me: { role: 'ANALYST' } } });
		expect(sent?.url).toBe('/explorer/graphql');
		expect(JSON.parse(String(sent?.init?.body))).toEqual({ query: '{ me { role } }', operationName: null });
	});

	it('turns a body that is not JSON into a GraphQL error GraphiQL can show', async () => {
		const fetchFn: typeof fetch = async () => new Response('Bad gateway', { status: 502 });
		expect(await explorerFetcher(fetchFn)({ query: '{ x }' })).toEqual({
			errors: [{ message: "The explorer's endpoint answered HTTP 502: Bad gateway" }]
		});
	});
});
