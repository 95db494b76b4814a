import type { UserRole, ViewerFragment } from '$lib/graphql/graphql';

export type Role = UserRole;

/** The signed-in user as the API's `me` describes them; null id lists mean not limited. */
export type Viewer = ViewerFragment;

export const ROLE_LABELS: Record<Role, string> = {
	COMMISSIONER: 'Commissioner',
	ANALYST: 'Analyst',
	SERVICE_MANAGER: 'Service manager',
	QI_LEAD: 'QI lead',
	ADMIN: 'Admin'
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

/** Whether the viewer reaches any contract's KPIs. */
export function hasContracts(viewer: Viewer | null): boolean {
	return viewer === null || viewer.contractIds === null || viewer.contractIds.length > 0;
}

/** A sentence saying what the viewer's figures are limited to. */
export function scopeSummary(viewer: Viewer): string {
	const reach = (ids: string[] | null, one: string, many: string, all: string) =>
		ids === null ? all : ids.length === 1 ? `1 ${one}` : `${ids.length} ${many}`;
	return [
		reach(viewer.programmeIds, 'programme', 'programmes', 'every programme'),
		reach(viewer.contractIds, 'contract', 'contracts', 'every contract'),
		reach(viewer.qiProjectIds, 'QI project', 'QI projects', 'every QI project')
	].join(', ');
}

/** How the viewer's figures reach them, in words. */
export function figuresSummary(viewer: Pick<Viewer, 'figures'>): string {
	return viewer.figures === 'EXACT'
		? 'Exact figures: you can read the records they are built from.'
		: 'Figures under disclosure control: counts of 1 to 7 are withheld and others rounded to the nearest 5.';
}

/** The programmes among `items` that the viewer's figures reach; all of them when not limited. */
export function withinReach<T extends { id: string }>(items: readonly T[], programmeIds: readonly string[] | null): T[] {
	return programmeIds === null ? [...items] : items.filter((item) => programmeIds.includes(item.id));
}
