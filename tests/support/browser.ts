import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const screenshotDir = resolve(import.meta.dirname, '../e2e/screenshots');

/** Debian's chromium, headless, with the flags this closed network needs (no background calls home). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Collects console errors and page errors so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = resolve(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The dashboard's session cookie, which the API also reads. */
const SESSION_COOKIE = 'hub_session';

/**
 * A browser context signed in with a session token, as the sign-in page would leave it: the
 * token in the HttpOnly `hub_session` cookie of the dashboard's origin. Null gives an anonymous context.
 */
export async function sessionContext(browser: Browser, dashboardUrl: string, token: string | null): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (token) await context.addCookies([{ name: SESSION_COOKIE, value: token, url: dashboardUrl, httpOnly: true, sameSite: 'Lax' }]);
  return context;
}

/** Signs in through the real sign-in page, as a person would: e-mail, password, the button. */
export async function signInThroughPage(page: Page, dashboardUrl: string, email: string, password: string, path = '/sign-in'): Promise<void> {
  await page.goto(`${dashboardUrl}${path}`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The answer is either another page (signed in) or the sign-in page's reason for refusing.
  // "networkidle" alone can come before either when the machine is busy: checking the password
  // takes a deliberate half second or more.
  await Promise.race([page.waitForURL((url) => url.pathname !== path, { timeout: 60_000 }), page.getByTestId('sign-in-error').waitFor({ timeout: 60_000 })]);
  await page.waitForLoadState('networkidle');
}
