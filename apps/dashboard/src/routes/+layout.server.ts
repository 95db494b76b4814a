import { env } from '$env/dynamic/private';
import type { LayoutServerLoad } from './$types';

// The user (never their token) reaches every page, for the header and what it may show.
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user,
	publishedView: locals.publishedView,
	singleSignOn: Boolean(env.HUB_OIDC_ISSUER)
});
