import type { OutreachEventsQuery } from '$lib/graphql/graphql';
import { OUTREACH_EVENTS_QUERY, type OutreachEvent } from '$lib/queries/outreach.queries';
import type { GraphQLClient } from './graphql.client';

const PAGE_SIZE = 500;
// A guard against a cursor that never ends; 50 pages is far more events than a town holds.
const MAX_PAGES = 50;

/** Every outreach event held in the period, following the connection's pages. */
export async function allOutreachEvents(api: GraphQLClient, period: { from: string | null; to: string | null }): Promise<OutreachEvent[]> {
	const filter = { ...(period.from && { heldFrom: period.from }), ...(period.to && { heldTo: period.to }) };
	const events: OutreachEvent[] = [];
	let after: string | null = null;
	for (let page = 0; page < MAX_PAGES; page++) {
		const result: OutreachEventsQuery = await api.request(OUTREACH_EVENTS_QUERY, {
			filter,
			first: PAGE_SIZE,
			after
		});
		const { edges, pageInfo } = result.outreachEvents;
		events.push(...edges.map((edge) => edge.node));
		if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
		after = pageInfo.endCursor;
	}
	return events;
}
