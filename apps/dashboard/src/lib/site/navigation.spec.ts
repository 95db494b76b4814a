import { describe, expect, it } from 'vitest';
import { isCurrentPage, mayVisit, navigationFor } from './navigation';
import type { Viewer } from '$lib/account/viewer';

function viewer(change: Partial<Viewer>): Viewer {
	return {
		id: '1',
		email: 'a@hub.test',
		displayName: 'A',
		role: 'ANALYST',
		canReadRecords: false,
		canAdminister: false,
		figures: 'DISCLOSURE_CONTROLLED',
		programmeIds: null,
		contractIds: null,
		qiProjectIds: [],
		isDemo: false,
		...change
	};
}

const labels = (items: { label: string }[]) => items.map((item) => item.label);

describe('isCurrentPage', () => {
	it('marks the home page only on the home page', () => {
		expect(isCurrentPage('/', '/')).toBe(true);
		expect(isCurrentPage('/outcomes', '/')).toBe(false);
	});

	it('marks a section on its own page and the pages beneath it', () => {
		expect(isCurrentPage('/qi', '/qi')).toBe(true);
		expect(isCurrentPage('/qi/projects/[id]', '/qi')).toBe(true);
	});

	it('marks Admin on every admin page', () => {
		expect(isCurrentPage('/admin/audit', '/admin/users')).toBe(true);
	});

	it('does not mark a section whose name merely starts the same', () => {
		expect(isCurrentPage('/qiz', '/qi')).toBe(false);
	});

	it('marks nothing on a page with no route, such as a 404', () => {
		expect(isCurrentPage(null, '/')).toBe(false);
	});
});

describe('navigationFor', () => {
	it('gives an analyst every dashboard and the explorer, but not Admin', () => {
		expect(labels(navigationFor(viewer({})))).toEqual(['Overview', 'Outcomes', 'Communities', 'QI', 'Contract', 'Explorer']);
	});

	it('leaves Contract out for a role with no contracts', () => {
		expect(labels(navigationFor(viewer({ role: 'SERVICE_MANAGER', contractIds: [] })))).not.toContain('Contract');
	});

	it('shows Contract to a commissioner of one contract', () => {
		expect(labels(navigationFor(viewer({ role: 'COMMISSIONER', contractIds: ['2'] })))).toContain('Contract');
	});

	it('shows Admin to admins only', () => {
		expect(labels(navigationFor(viewer({ role: 'ADMIN', canAdminister: true })))).toContain('Admin');
	});

	it('shows anonymous visitors of the published view the aggregate pages only', () => {
		expect(labels(navigationFor(null))).toEqual(['Overview', 'Outcomes', 'Communities', 'QI', 'Contract']);
	});
});

describe('mayVisit', () => {
	it('refuses admin pages to everyone but admins, whatever the address', () => {
		expect(mayVisit(viewer({ role: 'COMMISSIONER' }), '/admin/audit')).toBe(false);
		expect(mayVisit(viewer({ role: 'COMMISSIONER' }), '/admin')).toBe(false);
		expect(mayVisit(viewer({ role: 'ADMIN', canAdminister: true }), '/admin/audit')).toBe(true);
	});

	it('opens the account page to every signed-in user and not to anonymous visitors', () => {
		expect(mayVisit(viewer({ role: 'QI_LEAD' }), '/account')).toBe(true);
		expect(mayVisit(null, '/account')).toBe(false);
		expect(mayVisit(null, '/explorer')).toBe(false);
	});

	it('opens the Import page and its downloads to the roles that import a kind: admins, service managers and QI leads', () => {
		expect(mayVisit(viewer({ role: 'ADMIN', canAdminister: true }), '/import')).toBe(true);
		expect(mayVisit(viewer({ role: 'SERVICE_MANAGER' }), '/import/quarantine.csv')).toBe(true);
		expect(mayVisit(viewer({ role: 'ANALYST' }), '/import')).toBe(false);
		// A QI lead imports the values of the QI projects they lead (docs/import.md).
		expect(mayVisit(viewer({ role: 'QI_LEAD' }), '/import/upload')).toBe(true);
		expect(mayVisit(viewer({ role: 'COMMISSIONER' }), '/import/upload')).toBe(false);
		expect(mayVisit(null, '/import')).toBe(false);
		expect(labels(navigationFor(viewer({ role: 'SERVICE_MANAGER', contractIds: [] })))).toContain('Import');
	});

	it('refuses a typed contract address to a role without contracts', () => {
		expect(mayVisit(viewer({ contractIds: [] }), '/contract')).toBe(false);
	});
});
