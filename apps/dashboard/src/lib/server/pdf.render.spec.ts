import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createPdfRenderer, footerTemplate, PdfRenderError, reportOrigin } from './pdf.render';

const JOB = { url: 'http://127.0.0.1:1/contract/report?contract=twl-2018', cookies: [{ name: 'hub_session', value: 'token' }] };

/** A stand-in browser whose page answers when `opened` resolves; it counts what is open. */
function fakeBrowsers(opened: () => Promise<void>) {
	const seen = { launched: 0, open: 0, mostOpen: 0, closed: 0 };
	const page = {
		setDefaultTimeout: () => undefined,
		goto: async () => {
			await opened();
			return { status: () => 200 };
		},
		locator: () => ({ waitFor: async () => undefined, getAttribute: async (name: string) => name.replace('data-report-', '') }),
		pdf: async () => new TextEncoder().encode('%PDF-1.4')
	};
	const launch = async (_options: LaunchOptions) => {
		seen.launched++;
		seen.open++;
		seen.mostOpen = Math.max(seen.mostOpen, seen.open);
		let closed = false;
		return {
			newContext: async () => ({ addCookies: async () => undefined, newPage: async () => page }),
			close: async () => {
				if (closed) return;
				closed = true;
				seen.open--;
				seen.closed++;
			}
		} as unknown as Browser;
	};
	return { seen, launch };
}

describe('the PDF renderer', () => {
	it("answers 503 naming HUB_CHROMIUM_PATH and the browser's Print when there is no Chromium", async () => {
		const renderer = createPdfRenderer({ executablePath: '/nowhere/chromium' });
		const failure = await renderer.render(JOB).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(PdfRenderError);
		expect((failure as PdfRenderError).status).toBe(503);
		expect((failure as PdfRenderError).message).toContain('HUB_CHROMIUM_PATH');
		expect((failure as PdfRenderError).message).toContain("browser's Print");
	});

	it('renders one at a time, turns away callers beyond the queue with Retry-After, and closes every browser', async () => {
		const { seen, launch } = fakeBrowsers(() => new Promise((done) => setTimeout(done, 20)));
		const renderer = createPdfRenderer({ executablePath: process.execPath, maxWaiting: 1, launch });
		const answers = await Promise.allSettled([renderer.render(JOB), renderer.render(JOB), renderer.render(JOB)]);
		expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
		const refused = (answers[2] as PromiseRejectedResult).reason as PdfRenderError;
		expect([refused.status, refused.retryAfterSeconds]).toEqual([503, 30]);
		expect(seen).toEqual({ launched: 2, open: 0, mostOpen: 1, closed: 2 });
		const first = (answers[0] as PromiseFulfilledResult<{ contract: string; title: string; quarter: string }>).value;
		expect([first.contract, first.title, first.quarter]).toEqual(['contract', 'title', 'quarter']);
		// Once the queue has drained, a new caller is served again.
		await expect(renderer.render(JOB)).resolves.toMatchObject({ contract: 'contract' });
	});

	it('gives up after the timeout with a clear 504 and closes the browser', async () => {
		const { seen, launch } = fakeBrowsers(() => new Promise(() => undefined));
		const renderer = createPdfRenderer({ executablePath: process.execPath, timeoutMs: 50, launch });
		const failure = (await renderer.render(JOB).catch((error: unknown) => error)) as PdfRenderError;
		expect(failure.status).toBe(504);
		expect(failure.message).toContain('took longer than 0 s');
		expect(seen).toMatchObject({ open: 0, closed: 1 });
	});

	it('writes the footer with page X of Y and the caption escaped', () => {
		const footer = footerTemplate('A & B <contract> · Q1 2019/20');
		expect(footer).toContain('A &#38; B &#60;contract&#62; · Q1 2019/20');
		expect(footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
	});

	it.skipIf(!existsSync('/usr/bin/chromium'))('prints a ready page to a real A4 PDF with Chromium', { timeout: 60_000 }, async () => {
		const html =
			'<html><body><article data-report-ready="true" data-report-contract="twl-2018" data-report-title="Town contract" data-report-quarter="Q1 2019/20"><h1>Board pack</h1></article></body></html>';
		const renderer = createPdfRenderer({ executablePath: '/usr/bin/chromium' });
		const rendered = await renderer.render({ url: `data:text/html,${encodeURIComponent(html)}`, cookies: [] });
		expect(new TextDecoder().decode(rendered.pdf.slice(0, 5))).toBe('%PDF-');
		expect([rendered.contract, rendered.title, rendered.quarter]).toEqual(['twl-2018', 'Town contract', 'Q1 2019/20']);
	});
});

describe('where the renderer opens the report', () => {
	const forged = new URL('http://attacker.example/contract/report.pdf');

	it('never follows a Host header when the dashboard knows its own port', () => {
		expect(reportOrigin({ PORT: '5173', HOST: '127.0.0.1' }, forged)).toBe('http://127.0.0.1:5173');
		expect(reportOrigin({ PORT: '3000', HOST: '0.0.0.0' }, forged)).toBe('http://127.0.0.1:3000');
		expect(reportOrigin({ PORT: '3000' }, forged)).toBe('http://127.0.0.1:3000');
		expect(reportOrigin({ PORT: '3000', HOST: '::1' }, forged)).toBe('http://[::1]:3000');
	});

	it('uses the configured internal URL first, and the request only in development', () => {
		expect(reportOrigin({ HUB_DASHBOARD_INTERNAL_URL: 'http://dashboard:3000', PORT: '3000' }, forged)).toBe('http://dashboard:3000');
		expect(reportOrigin({}, new URL('http://localhost:5173/contract/report.pdf'))).toBe('http://localhost:5173');
	});
});
