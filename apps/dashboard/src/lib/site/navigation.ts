import { hasContracts, type Viewer } from '$lib/account/viewer';

type NavigationHref = '/' | '/outcomes' | '/communities' | '/qi' | '/contract' | '/explorer' | '/import' | '/admin/users';

export interface NavigationItem {
	href: NavigationHref;
	label: string;
}

const NAVIGATION: readonly NavigationItem[] = [
	{ href: '/', label: 'Overview' },
	{ href: '/outcomes', label: 'Outcomes' },
	{ href: '/communities', label: 'Communities' },
	{ href: '/qi', label: 'QI' },
	{ href: '/contract', label: 'Contract' },
	{ href: '/explorer', label: 'Explorer' },
	{ href: '/import', label: 'Import' },
	{ href: '/admin/users', label: 'Admin' }
];

/** The pages the published view opens to anonymous visitors: aggregate figures only. */
const PUBLISHED_PAGES: readonly NavigationHref[] = ['/', '/outcomes', '/communities', '/qi', '/contract'];

/**
 * Whether the viewer may open a page, by its path. Null is an anonymous visitor of the published
 * view (anonymous visitors without it never get this far: they are sent to sign in).
 */
export function mayVisit(viewer: Viewer | null, path: string): boolean {
	const section = sectionOf(path);
	if (viewer === null) return section !== null && PUBLISHED_PAGES.includes(section);
	if (section === '/admin/users' || path === '/admin' || path.startsWith('/admin/')) return viewer.canAdminister;
	if (section === '/contract') return hasContracts(viewer);
	// The roles the API lets import one kind or more (docs/import.md): records, or a QI lead's measure values.
	if (section === '/import') return viewer.role === 'ADMIN' || viewer.role === 'SERVICE_MANAGER' || viewer.role === 'QI_LEAD';
	return true;
}

/** The navigation items the viewer may open. */
export function navigationFor(viewer: Viewer | null): NavigationItem[] {
	return NAVIGATION.filter((item) => mayVisit(viewer, item.href));
}

function sectionOf(path: string): NavigationHref | null {
	if (path === '/') return '/';
	const item = NAVIGATION.find((entry) => entry.href !== '/' && (path === entry.href || path.startsWith(`${entry.href}/`)));
	return item?.href ?? null;
}

/**
 * Whether a navigation item is the current page, from SvelteKit's route id (which, unlike the
 * URL, is the same with or without a base path). The home page only matches itself.
 */
export function isCurrentPage(routeId: string | null, href: NavigationItem['href']): boolean {
	if (routeId === null) return false;
	if (href === '/') return routeId === '/';
	const section = href === '/admin/users' ? '/admin' : href;
	return routeId === section || routeId.startsWith(`${section}/`);
}
