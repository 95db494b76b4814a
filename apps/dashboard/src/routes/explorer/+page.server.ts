import { assertMayVisit } from '$lib/server/page-access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	assertMayVisit(locals, '/explorer');
};
