import { assertMayVisit } from '$lib/server/page-access';
import type { LayoutServerLoad } from './$types';

// Every admin page and its actions are refused to other roles here; the API refuses them too.
export const load: LayoutServerLoad = ({ locals, url }) => {
	assertMayVisit(locals, url.pathname);
};
