import { describe, expect, it } from 'vitest';
import { isCurrentPage } from './navigation';

describe('isCurrentPage', () => {
	it('marks the home page only on the home page', () => {
		expect(isCurrentPage('/', '/')).toBe(true);
		expect(isCurrentPage('/outcomes', '/')).toBe(false);
	});

	it('marks a section on its own page and the pages beneath it', () => {
		expect(isCurrentPage('/qi', '/qi')).toBe(true);
		expect(isCurrentPage('/qi/projects/[id]', '/qi')).toBe(true);
	});

	it('does not mark a section whose name merely starts the same', () => {
		expect(isCurrentPage('/qiz', '/qi')).toBe(false);
	});

	it('marks nothing on a page with no route, such as a 404', () => {
		expect(isCurrentPage(null, '/')).toBe(false);
	});
});
