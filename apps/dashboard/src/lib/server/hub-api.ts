import { env } from '$env/dynamic/private';
import { createGraphQLClient, type GraphQLClient } from './graphql.client';

const DEFAULT_HUB_API_URL = 'http://localhost:4000/graphql';

/** Where the Hub API answers, from HUB_API_URL. */
export function hubApiUrl(): string {
	return env.HUB_API_URL || DEFAULT_HUB_API_URL;
}

/** What a load function or action passes: its fetch, and the locals holding the request's token. */
export interface ApiCaller {
	fetch: typeof fetch;
	locals: Pick<App.Locals, 'token'>;
}

/**
 * A client for the Hub API that acts as the request's signed-in user: every call carries their
 * session token as a bearer token. The token stays on the server; the browser only has the cookie.
 */
export function hubApi({ fetch, locals }: ApiCaller): GraphQLClient {
	return createGraphQLClient(hubApiUrl(), { fetch, token: locals.token });
}
