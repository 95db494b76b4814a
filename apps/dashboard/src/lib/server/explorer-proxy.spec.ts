import { describe, expect, it } from 'vitest';
import { explorerRefusal } from './explorer-proxy';

const ORIGIN = 'http://hub.test';

function post(headers: Record<string, string>): Request {
	return new Request(`${ORIGIN}/explorer/graphql`, { method: 'POST', headers, body: '{}' });
}

describe('explorerRefusal', () => {
	it('forwards a JSON request from a page of this dashboard', () => {
		expect(explorerRefusal(post({ origin: ORIGIN, 'content-type': 'application/json' }), ORIGIN)).toBeNull();
	});

	it('refuses another site, and a request that names no origin', () => {
		expect(explorerRefusal(post({ origin: 'https://evil.example', 'content-type': 'application/json' }), ORIGIN)?.status).toBe(403);
		expect(explorerRefusal(post({ 'content-type': 'application/json' }), ORIGIN)?.status).toBe(403);
	});

	it('refuses a form post, which a cross-site page could send without asking', () => {
		expect(explorerRefusal(post({ origin: ORIGIN, 'content-type': 'text/plain' }), ORIGIN)?.status).toBe(415);
	});

	it('refuses an oversized body', () => {
		expect(explorerRefusal(post({ origin: ORIGIN, 'content-type': 'application/json', 'content-length': '200000' }), ORIGIN)?.status).toBe(413);
	});
});
