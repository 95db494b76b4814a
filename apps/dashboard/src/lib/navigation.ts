export interface NavigationItem {
	href: '/' | '/outcomes' | '/communities' | '/qi' | '/contract';
	label: string;
}

export const NAVIGATION: readonly NavigationItem[] = [
	{ href: '/', label: 'Overview' },
	{ href: '/outcomes', label: 'Outcomes' },
	{ href: '/communities', label: 'Communities' },
	{ href: '/qi', label: 'QI' },
	{ href: '/contract', label: 'Contract' }
];

/**
 * Whether a navigation item is the current page, from SvelteKit's route id (which, unlike the
 * URL, is the same with or without a base path). The home page only matches itself.
 */
export function isCurrentPage(routeId: string | null, href: NavigationItem['href']): boolean {
	if (routeId === null) return false;
	if (href === '/') return routeId === '/';
	return routeId === href || routeId.startsWith(`${href}/`);
}
