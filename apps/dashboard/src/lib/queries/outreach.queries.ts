import type { OutreachEvent } from '../hub-api.types';

export const OUTREACH_EVENTS_QUERY = /* GraphQL */ `
	query OutreachEvents($filter: OutreachEventFilter, $after: String, $first: Int) {
		outreachEvents(filter: $filter, after: $after, first: $first) {
			totalCount
			pageInfo {
				endCursor
				hasNextPage
			}
			edges {
				node {
					id
					title
					heldOn
					kind
					community
					attendance
					referralCount
					ward {
						code
						name
					}
				}
			}
		}
	}
`;

export interface OutreachEventsResult {
	outreachEvents: {
		totalCount: number;
		pageInfo: { endCursor: string | null; hasNextPage: boolean };
		edges: { node: OutreachEvent }[];
	};
}
