import { graphql } from '../graphql';
import type { OutreachEventsQuery } from '../graphql/graphql';

export const OUTREACH_EVENTS_QUERY = graphql(`
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
`);

export type OutreachEvent = OutreachEventsQuery['outreachEvents']['edges'][number]['node'];
