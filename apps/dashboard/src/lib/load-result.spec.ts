import { describe, expect, it } from 'vitest';
import { errorMessage, settle } from './load-result';

describe('settle', () => {
	it('wraps the value of a fulfilled promise', async () => {
		await expect(settle(Promise.resolve([1, 2]))).resolves.toEqual({ ok: true, data: [1, 2] });
	});

	it('turns a rejection into its message instead of rejecting', async () => {
		await expect(settle(Promise.reject(new Error('The API at http://x/graphql is not reachable')))).resolves.toEqual({
			ok: false,
			message: 'The API at http://x/graphql is not reachable'
		});
	});
});

describe('errorMessage', () => {
	it('reads the message of an Error', () => {
		expect(errorMessage(new Error('boom'))).toBe('boom');
	});

	it('passes a string through', () => {
		expect(errorMessage('boom')).toBe('boom');
	});

	it('falls back when there is no message', () => {
		expect(errorMessage(undefined)).toBe('Unknown error');
		expect(errorMessage(new Error(''))).toBe('Unknown error');
	});
});
