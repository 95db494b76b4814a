import type { Viewer } from '$lib/account/viewer';
import { WHO_AM_I_QUERY } from '$lib/queries/account.queries';
import { createGraphQLClient } from './graphql.client';
import { hubApiUrl } from './hub-api';

export interface WhoIsAsking {
	user: Viewer | null;
	publishedView: boolean;
	/** Set when the API could not be asked; the session is then kept, not thrown away. */
	problem: string | null;
}

/** Asks the API who the session token belongs to (null once it has ended) and whether the published view is on. */
export async function whoIsAsking(fetchFn: typeof fetch, token: string | null): Promise<WhoIsAsking> {
	try {
		const api = createGraphQLClient(hubApiUrl(), { fetch: fetchFn, token, timeoutMs: 10_000 });
		const answer = await api.request(WHO_AM_I_QUERY);
		return { user: answer.me, publishedView: answer.publishedView, problem: null };
	} catch (error) {
		return { user: null, publishedView: false, problem: error instanceof Error ? error.message : String(error) };
	}
}
