import { parseCommunitiesView } from '$lib/site/page-views';
import type { PageLoad } from './$types';

// The view (measure, ward-table sort) is read here, not in the server load, so changing it
// re-runs only this function and asks the API nothing.
export const load: PageLoad = ({ data, url }) => ({ ...data, view: parseCommunitiesView(url.searchParams) });
