import { env } from '$env/dynamic/private';
import { createGraphQLClient, type GraphQLClient } from './graphql.client';

export const DEFAULT_HUB_API_URL = 'http://localhost:4000/graphql';

/** A client for the Hub API named by HUB_API_URL, using the load event's fetch. */
export function hubApi(fetchFn: typeof fetch): GraphQLClient {
	return createGraphQLClient(env.HUB_API_URL || DEFAULT_HUB_API_URL, { fetch: fetchFn });
}
