import { describe, expect, it } from 'vitest';
import { bodyRefusal, FORM_BODY_LIMIT_BYTES } from './body-limit';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('the body limit of every route but the upload', () => {
	it('lets a form of ordinary size through, and any read', () => {
		expect(bodyRefusal('POST', '/qi/7', headers({ 'content-length': '2048' }))).toBeNull();
		expect(bodyRefusal('POST', '/sign-in', headers({ 'content-length': String(FORM_BODY_LIMIT_BYTES) }))).toBeNull();
		expect(bodyRefusal('GET', '/', headers({}))).toBeNull();
	});

	it('refuses a body over a megabyte, or one whose length is not a number', () => {
		expect(bodyRefusal('POST', '/qi/7', headers({ 'content-length': String(FORM_BODY_LIMIT_BYTES + 1) }))?.status).toBe(413);
		expect(bodyRefusal('POST', '/qi/7', headers({ 'content-length': 'lots' }))?.status).toBe(413);
	});

	it('refuses a streamed body of unknown length, which it could not hold to the limit before reading', () => {
		expect(bodyRefusal('POST', '/sign-in', headers({ 'transfer-encoding': 'chunked' }))).toEqual({
			status: 411,
			message: 'Send the request with its length (Content-Length); this form does not take a streamed body.'
		});
	});

	it('leaves the upload route to its own, larger check', () => {
		expect(bodyRefusal('POST', '/import/upload', headers({ 'content-length': String(50 * FORM_BODY_LIMIT_BYTES) }))).toBeNull();
	});
});
