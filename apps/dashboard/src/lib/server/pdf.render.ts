/**
 * Prints a report page of the dashboard to PDF in headless Chromium, as the person asking: the
 * page is opened with their session cookie, so their role, scope and disclosure rules apply.
 * Chromium is heavy, so one page renders at a time, a few more may wait, and each has a deadline.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';

/** A refusal or failure with the HTTP status and words the caller should see. */
export class PdfRenderError extends Error {
	override name = 'PdfRenderError';
	constructor(
		message: string,
		readonly status: number,
		readonly retryAfterSeconds: number | null = null
	) {
		super(message);
	}
}

export interface PdfJob {
	/** The report page's full address. */
	url: string;
	/** Cookies to send to the report's origin: the caller's session, nothing more. */
	cookies: { name: string; value: string }[];
}

/** The PDF and what the report said it was about, read from its ready marker. */
export interface RenderedPdf {
	pdf: Uint8Array;
	contract: string;
	title: string;
	quarter: string;
}

export interface PdfRendererOptions {
	executablePath: string;
	timeoutMs?: number;
	/** How many requests may wait behind the one rendering before others are turned away. */
	maxWaiting?: number;
	launch?: (options: LaunchOptions) => Promise<Browser>;
}

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
/** A4 at 96 dpi, so the page lays out at the width it prints at. */
const A4_VIEWPORT = { width: 794, height: 1123 };
const MARGIN = { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' };
const READY = '[data-report-ready]';

/**
 * Where Chromium opens the report: never an address taken from the request's Host header, which
 * a caller controls and which would carry their session cookie to another host. The configured
 * internal URL, else the dashboard's own listening port on this machine, else (in development,
 * where neither is set) the request's origin.
 */
export function reportOrigin(env: Record<string, string | undefined>, url: URL): string {
	if (env.HUB_DASHBOARD_INTERNAL_URL) return env.HUB_DASHBOARD_INTERNAL_URL;
	if (env.PORT) {
		const host = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
		return `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT}`;
	}
	return url.origin;
}

export function createPdfRenderer(options: PdfRendererOptions): { render: (job: PdfJob) => Promise<RenderedPdf> } {
	const maxWaiting = options.maxWaiting ?? 3;
	let queue: Promise<unknown> = Promise.resolve();
	let inHand = 0;
	return {
		render(job) {
			if (inHand > maxWaiting) {
				return Promise.reject(new PdfRenderError(`The hub is already making ${inHand} PDFs; try again in a minute.`, 503, 30));
			}
			inHand++;
			const run = queue.then(() => renderOnce(job, options));
			queue = run.catch(() => undefined);
			return run.finally(() => inHand--);
		}
	};
}

function chromiumMissing(path: string, detail: string): PdfRenderError {
	return new PdfRenderError(
		`The hub cannot make PDFs: ${detail} at ${path}. Set HUB_CHROMIUM_PATH to a Chromium or Chrome executable. ` +
			"Meanwhile, open the printable report and use the browser's Print (Save as PDF): it works without the hub's Chromium.",
		503
	);
}

async function renderOnce(job: PdfJob, options: PdfRendererOptions): Promise<RenderedPdf> {
	const timeoutMs = options.timeoutMs ?? 60_000;
	if (!existsSync(options.executablePath)) throw chromiumMissing(options.executablePath, 'there is no Chromium');
	const launch = options.launch ?? ((launchOptions) => chromium.launch(launchOptions));
	const browser = await launch({ executablePath: options.executablePath, args: CHROMIUM_FLAGS, timeout: timeoutMs }).catch((error: unknown) => {
		throw chromiumMissing(options.executablePath, `Chromium would not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
	});
	let deadline: ReturnType<typeof setTimeout> | undefined;
	const expired = new Promise<never>((_, reject) => {
		deadline = setTimeout(
			() =>
				reject(
					new PdfRenderError(
						`The report took longer than ${Math.round(timeoutMs / 1000)} s to render, so no PDF was made. Try again, or print the report from the browser.`,
						504
					)
				),
			timeoutMs
		);
	});
	const printing = printReport(browser, job, timeoutMs);
	// Closing the browser at the deadline fails the abandoned steps; nobody waits for them any more.
	printing.catch(() => undefined);
	try {
		return await Promise.race([printing, expired]);
	} finally {
		clearTimeout(deadline);
		await browser.close().catch(() => undefined);
	}
}

async function printReport(browser: Browser, job: PdfJob, timeoutMs: number): Promise<RenderedPdf> {
	const context = await browser.newContext({ viewport: A4_VIEWPORT });
	if (job.cookies.length > 0) await context.addCookies(job.cookies.map((cookie) => ({ ...cookie, url: job.url, httpOnly: true, sameSite: 'Lax' as const })));
	const page = await context.newPage();
	page.setDefaultTimeout(timeoutMs);
	await openReport(page, job.url);
	const meta = await reportMeta(page);
	const pdf = await page.pdf({
		format: 'A4',
		printBackground: true,
		displayHeaderFooter: true,
		headerTemplate: '<span></span>',
		footerTemplate: footerTemplate(`${meta.title} (${meta.contract}) · ${meta.quarter}`),
		margin: MARGIN
	});
	return { pdf, ...meta };
}

/** Opens the report and waits for it to say every section has loaded or failed; the page's own refusal is passed on. */
async function openReport(page: Page, url: string): Promise<void> {
	const response = await page.goto(url, { waitUntil: 'load' });
	// A page not fetched over HTTP (a data: URL) has no response and no status to refuse with.
	const status = response?.status() ?? 200;
	if (status >= 400) {
		const said = await page
			.locator('[data-testid="error-page"] [role="alert"] p')
			.first()
			.textContent({ timeout: 2000 })
			.catch(() => null);
		throw new PdfRenderError(said?.trim() || `The report page answered ${status}.`, status);
	}
	await page.locator(READY).waitFor({ state: 'attached' });
}

async function reportMeta(page: Page): Promise<Omit<RenderedPdf, 'pdf'>> {
	const ready = page.locator(READY);
	const read = async (name: string) => (await ready.getAttribute(`data-report-${name}`)) ?? '';
	return { contract: await read('contract'), title: await read('title'), quarter: await read('quarter') };
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Chromium fills in pageNumber and totalPages; the template has no page styles, so it carries its own. */
export function footerTemplate(caption: string): string {
	return (
		'<div style="font-family: system-ui, sans-serif; font-size: 8px; color: #475569; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between;">' +
		`<span>${escapeHtml(caption)}</span>` +
		'<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
	);
}
