import { describe, expect, it } from 'vitest';
import type { ApiToken } from '$lib/queries/account.queries';
import { bearerExample, formatInstant, parseLifetime, tokenState } from './api-tokens';

const token: ApiToken = {
	id: '1',
	name: 'weekly uptake script',
	createdAt: '2025-01-01T09:00:00Z',
	expiresAt: '2025-04-01T09:00:00Z',
	revokedAt: null,
	lastUsedAt: null
};

describe('tokenState', () => {
	const now = new Date('2025-02-01T00:00:00Z');

	it('is live before it expires', () => {
		expect(tokenState(token, now)).toBe('Live');
	});

	it('is expired once its end has passed', () => {
		expect(tokenState(token, new Date('2025-04-01T09:00:00Z'))).toBe('Expired');
	});

	it('says revoked even when it has also expired', () => {
		expect(tokenState({ ...token, revokedAt: '2025-01-02T00:00:00Z' }, new Date('2026-01-01T00:00:00Z'))).toBe('Revoked');
	});
});

describe('formatInstant', () => {
	it('shows a summer instant in British Summer Time', () => {
		expect(formatInstant('2025-07-01T09:30:00Z')).toBe('1 Jul 2025, 10:30');
	});

	it('shows a dash for never', () => {
		expect(formatInstant(null)).toBe('—');
	});
});

describe('bearerExample', () => {
	it('sends the secret as a bearer token to the API', () => {
		expect(bearerExample('http://hub.test/graphql', 'hubt_x')).toContain("-H 'Authorization: Bearer hubt_x'");
	});
});

describe('parseLifetime', () => {
	it('accepts whole days from 1 to 366', () => {
		expect(parseLifetime('90')).toBe(90);
		expect(parseLifetime('366')).toBe(366);
	});

	it('refuses anything else', () => {
		expect(parseLifetime('0')).toBeNull();
		expect(parseLifetime('367')).toBeNull();
		expect(parseLifetime('1.5')).toBeNull();
		expect(parseLifetime(null)).toBeNull();
	});
});
