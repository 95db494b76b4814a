import { describe, expect, it } from 'vitest';
import { errorMessage, refusalOf, settle } from './load-result';

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

describe('refusalOf', () => {
	it('reads a FORBIDDEN or UNAUTHENTICATED code off an error', () => {
		expect(refusalOf(Object.assign(new Error('no'), { code: 'FORBIDDEN' }))).toBe('FORBIDDEN');
		expect(refusalOf(Object.assign(new Error('no'), { code: 'UNAUTHENTICATED' }))).toBe('UNAUTHENTICATED');
	});

	it('ignores other codes and plain errors', () => {
		expect(refusalOf(Object.assign(new Error('no'), { code: 'BAD_USER_INPUT' }))).toBeUndefined();
		expect(refusalOf(new Error('no'))).toBeUndefined();
	});
});

describe('settle and refusals', () => {
	it('keeps the refusal so the panel can say the role does not reach it', async () => {
		const refused = Object.assign(new Error('Not one of yours'), { code: 'FORBIDDEN' });
		await expect(settle(Promise.reject(refused))).resolves.toEqual({ ok: false, message: 'Not one of yours', refusal: 'FORBIDDEN' });
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
