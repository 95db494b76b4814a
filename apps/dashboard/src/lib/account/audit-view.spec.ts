import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, describeDetail, olderPageSearch, parseAuditView, toAuditVariables } from './audit-view';

describe('parseAuditView', () => {
	it('reads the filters from the URL', () => {
		expect(parseAuditView(new URLSearchParams('action=auth.sign_in_failed&user=3&from=2025-01-01&to=2025-01-31&before=900'))).toEqual({
			action: 'auth.sign_in_failed',
			userId: '3',
			from: '2025-01-01',
			to: '2025-01-31',
			before: '900'
		});
	});

	it('ignores values that are not what they claim', () => {
		expect(parseAuditView(new URLSearchParams('action=DROP TABLE&user=x&from=yesterday&before=-1'))).toEqual({
			action: null,
			userId: null,
			from: null,
			to: null,
			before: null
		});
	});
});

describe('toAuditVariables', () => {
	it('includes the whole of the "to" day', () => {
		const variables = toAuditVariables({ action: null, userId: null, from: '2025-01-01', to: '2025-01-31', before: null });
		expect(variables.filter).toEqual({ from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' });
	});

	it('asks for one page before the given entry', () => {
		const variables = toAuditVariables({ action: 'user.update', userId: '2', from: null, to: null, before: '50' });
		expect(variables).toEqual({ filter: { actions: ['user.update'], userId: '2' }, first: AUDIT_PAGE_SIZE, before: '50' });
	});
});

describe('olderPageSearch', () => {
	const view = { action: 'records.read', userId: null, from: null, to: null, before: null };

	it('keeps the filters and continues before the last entry shown', () => {
		const ids = Array.from({ length: AUDIT_PAGE_SIZE }, (_, index) => String(500 - index));
		expect(olderPageSearch(view, ids)).toBe(`?action=records.read&before=${500 - AUDIT_PAGE_SIZE + 1}`);
	});

	it('is null when the page was not full, so there is nothing older', () => {
		expect(olderPageSearch(view, ['3', '2'])).toBeNull();
	});
});

describe('describeDetail', () => {
	it('writes the particulars in one line', () => {
		expect(describeDetail({ email: 'a@hub.test', rows: { people: 3 } })).toBe('email: a@hub.test, rows: {"people":3}');
	});
});
