import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { credentialsOf } from '../support/account.factory.js';
import { screenshot, signInThroughPage, watchConsole } from '../support/browser.js';
import { closeWithoutErrors, dashboardBrowser, queryApi, seriousAxeViolations, testAccounts } from '../support/dashboard.checks.js';

/** What each role sees of the dashboard, and is refused, in Chromium on the seeded town. */
const dashboard = () => inject('dashboardUrl');
const api = () => inject('apiUrl');

const navigation = async (page: Page) => (await page.getByTestId('site-navigation').getByRole('link').allTextContents()).map((text) => text.trim());

interface ServicesAnswer {
  services: { id: string; name: string; programmes: { id: string }[] }[];
  contracts: { id: string; code: string }[];
}
const SERVICES = '{ services { id name programmes { id } } contracts { id code } }';

async function town(): Promise<ServicesAnswer> {
  return queryApi<ServicesAnswer>(api(), SERVICES, {}, 'admin');
}

async function ensurePublishedViewOff(): Promise<void> {
  await queryApi(api(), 'mutation { setPublishedView(enabled: false) }', {}, 'admin');
}

/**
 * Holds back the dashboard's scripts until the returned function is called, so a test can type into
 * the server-rendered page before it hydrates, as a quick typist on a slow connection does, and as
 * signInThroughPage can on a busy machine: page.goto resolves at "load", and SvelteKit hydrates after.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits until SvelteKit has hydrated the page: it starts its router, which takes over scroll restoration, only then. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as { history: { scrollRestoration: string } }).history.scrollRestoration === 'manual');
}

describe('the dashboard per role', () => {
  const browser = dashboardBrowser();

  it('sends an anonymous visitor to sign in, and back to the page they wanted afterwards', async () => {
    await ensurePublishedViewOff();
    const page = await (await browser.fresh()).newPage();
    const errors = watchConsole(page);
    await page.goto(`${dashboard()}/outcomes?from=2019-04`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/outcomes?from=2019-04');
    await expect(page.getByTestId('site-navigation').count()).resolves.toBe(0);
    await screenshot(page, 'roles-sign-in');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const { email, password } = await testAccounts().account({ role: 'analyst', name: 'analyst-page-sign-in' });
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/outcomes');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2019-04');
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('Analyst');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the e-mail and says so clearly when the password is wrong', async () => {
    const { email } = await testAccounts().account({ role: 'analyst', name: 'analyst-wrong-password' });
    const page = await (await browser.fresh()).newPage();
    await signInThroughPage(page, dashboard(), email, 'not the password at all');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.getByTestId('sign-in-error').textContent()).resolves.toContain('do not match');
    await expect(page.getByLabel('E-mail address').inputValue()).resolves.toBe(email);
    await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
    await screenshot(page, 'roles-sign-in-wrong-password');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps an e-mail typed into the sign-in page before its scripts ran, and signs in with it', async () => {
    // The page is served ready to type into; hydrating it must not clear what was typed meanwhile,
    // or the e-mail field is left empty and "Sign in" quietly refuses to send the form.
    const { email, password } = await testAccounts().account({ role: 'analyst', name: 'analyst-early-typing' });
    const page = await (await browser.fresh()).newPage();
    const release = await holdScripts(page);
    await page.goto(`${dashboard()}/sign-in`, { waitUntil: 'commit' });
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    release();
    await hydrated(page);
    await expect(page.getByLabel('E-mail address').inputValue()).resolves.toBe(email);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('Analyst');
    await page.context().close();
  });

  it('refuses a redirect to another site after signing in', async () => {
    const { email, password } = await testAccounts().account({ role: 'analyst', name: 'analyst-redirect' });
    const page = await (await browser.fresh()).newPage();
    await signInThroughPage(page, dashboard(), email, password, '/sign-in?redirectTo=//evil.example/x');
    expect(new URL(page.url()).origin).toBe(new URL(dashboard()).origin);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });

  it('signs out: the session ends and pages ask to sign in again', async () => {
    const { email, password } = await testAccounts().account({ role: 'qi_lead', name: 'qi-lead-sign-out' });
    const page = await (await browser.fresh()).newPage();
    await signInThroughPage(page, dashboard(), email, password);
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('QI lead');
    const [cookie] = (await page.context().cookies()).filter((entry) => entry.name === 'hub_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    await page.getByTestId('sign-out').click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await expect(page.getByTestId('signed-out').isVisible()).resolves.toBe(true);
    expect((await page.context().cookies()).filter((entry) => entry.name === 'hub_session')).toEqual([]);
    const answer = await fetch(`${api()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cookie.value}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(((await answer.json()) as { data: { me: unknown } }).data.me).toBeNull();
    await page.goto(`${dashboard()}/qi`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.context().close();
  });

  it('shows a commissioner their name and role, no Admin, and refuses the admin pages with a 403', async () => {
    const { contracts } = await town();
    const commissioner = { role: 'commissioner', name: 'commissioner-one-contract', scopes: [{ kind: 'contract', refId: Number(contracts[0].id) }] } as const;
    const { page, errors } = await browser.open(`${dashboard()}/`, { as: commissioner });
    await expect(page.getByTestId('user-name').textContent()).resolves.toBe('E2E commissioner-one-contract');
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('Commissioner');
    expect(await navigation(page)).toEqual(['Overview', 'Outcomes', 'Communities', 'QI', 'Contract', 'Explorer']);
    await screenshot(page, 'roles-commissioner-overview');

    const response = await page.goto(`${dashboard()}/admin/users`);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId('error-page').getAttribute('data-status')).resolves.toBe('403');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not open to your role');
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('Commissioner');
    await screenshot(page, 'roles-commissioner-admin-refused');
    errors.splice(0, errors.length, ...errors.filter((error) => !error.includes('403')));
    await closeWithoutErrors({ page, errors });
  });

  it('leaves Contract out for a service manager without contracts, and refuses its typed address', async () => {
    const { services } = await town();
    const service = services.find((entry) => entry.programmes.length > 1) ?? services[0];
    const manager = { role: 'service_manager', name: 'manager-one-service', scopes: [{ kind: 'service', refId: Number(service.id) }] } as const;
    const { page, errors } = await browser.open(`${dashboard()}/`, { as: manager });
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('Service manager');
    expect(await navigation(page)).toEqual(['Overview', 'Outcomes', 'Communities', 'QI', 'Explorer', 'Import']);

    const offered = (
      await page
        .getByTestId('filter-programme')
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value))
    ).filter(Boolean);
    expect(offered.sort()).toEqual(service.programmes.map((programme) => programme.id).sort());
    await screenshot(page, 'roles-manager-overview');

    const response = await page.goto(`${dashboard()}/contract`);
    expect(response?.status()).toBe(403);
    errors.splice(0, errors.length, ...errors.filter((error) => !error.includes('403')));
    await closeWithoutErrors({ page, errors });
  });

  it('shows an admin the accounts, the published-view switch and the audit log, with paging to older entries', async () => {
    await testAccounts().account('commissioner');
    const { page, errors } = await browser.open(`${dashboard()}/admin/users`, { as: 'admin' });
    expect(await navigation(page)).toContain('Admin');
    const emails = await page
      .getByTestId('user-row')
      .evaluateAll((rows) => rows.map((row) => (row as unknown as { dataset: { email: string } }).dataset.email));
    expect(emails).toContain(credentialsOf('commissioner').email);
    await expect(page.getByTestId('published-view-state').textContent()).resolves.toBe('Off');
    await screenshot(page, 'roles-admin-users');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${dashboard()}/admin/audit?action=auth.sign_in`);
    await page.waitForLoadState('networkidle');
    const actions = await page.getByTestId('audit-action').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['auth.sign_in']));
    await screenshot(page, 'roles-admin-audit');
    await closeWithoutErrors({ page, errors });
  });

  it('lets an admin create an account with a scope, which can then sign in', async () => {
    const { services } = await town();
    const { page, errors } = await browser.open(`${dashboard()}/admin/users`, { as: 'admin' });
    const email = `made-in-browser-${Date.now()}@e2e.hub.test`;
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Name shown in the dashboard').fill('Made In Browser');
    await page.getByLabel('Role', { exact: true }).selectOption('SERVICE_MANAGER');
    await page.getByLabel('Password', { exact: true }).fill('a browser-made passphrase');
    await page.locator(`input[name="scope"][value="SERVICE:${services[0].id}"]`).check();
    await page.getByTestId('create-user').click();
    await page.waitForLoadState('networkidle');
    await expect(page.getByTestId('admin-done').textContent()).resolves.toContain(email);
    await expect(page.locator(`[data-testid="user-row"][data-email="${email}"]`).textContent()).resolves.toContain(`Service: ${services[0].name}`);
    await closeWithoutErrors({ page, errors });

    const fresh = await (await browser.fresh()).newPage();
    await signInThroughPage(fresh, dashboard(), email, 'a browser-made passphrase');
    await expect(fresh.getByTestId('user-role').textContent()).resolves.toBe('Service manager');
    await fresh.context().close();
  });

  it('opens the explorer, which runs { me { role } } through the dashboard as the signed-in user', async () => {
    const { page, errors } = await browser.open(`${dashboard()}/explorer`, { as: 'analyst' });
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ state: 'visible', timeout: 20_000 });
    await page.evaluate(() => {
      const editor = (
        globalThis as unknown as { document: { querySelector: (selector: string) => { CodeMirror: { setValue: (value: string) => void } } } }
      ).document.querySelector('.graphiql-query-editor .CodeMirror');
      editor.CodeMirror.setValue('{ me { role } }');
    });
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/explorer/graphql') && response.request().postData()?.includes('me { role }') === true),
      page.locator('.graphiql-execute-button').click(),
    ]);
    expect(await answer.json()).toEqual({ data: { me: { role: 'ANALYST' } } });
    await expect.poll(() => page.locator('.graphiql-response').textContent()).toContain('ANALYST');
    await screenshot(page, 'roles-explorer');
    await closeWithoutErrors({ page, errors });
  });

  it('refuses the explorer endpoint to other sites and to visitors who have not signed in', async () => {
    const token = await testAccounts().tokenFor('analyst');
    const post = (headers: Record<string, string>) =>
      fetch(`${dashboard()}/explorer/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ me { role } }' }),
      });
    expect((await post({ origin: 'https://evil.example', cookie: `hub_session=${token}` })).status).toBe(403);
    expect((await post({ origin: new URL(dashboard()).origin })).status).toBe(401);
    const allowed = await post({ origin: new URL(dashboard()).origin, cookie: `hub_session=${token}` });
    expect(await allowed.json()).toEqual({ data: { me: { role: 'ANALYST' } } });
  });

  it('shows every user their role, scope and API tokens; a new token is shown once and works as a bearer token', async () => {
    const { page, errors } = await browser.open(`${dashboard()}/account`, { as: 'analyst' });
    await expect(page.getByTestId('account-role-name').textContent()).resolves.toBe('Analyst');
    await page.getByLabel('What it is for').fill('browser test script');
    await page.getByTestId('create-token').click();
    await page.waitForLoadState('networkidle');
    const secret = (await page.getByTestId('new-token-secret').textContent())!.trim();
    expect(secret).toMatch(/^hubt_/);
    const answer = await fetch(api(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(await answer.json()).toEqual({ data: { me: { role: 'ANALYST' } } });
    await screenshot(page, 'roles-account-token');
    await closeWithoutErrors({ page, errors });
  });

  it('sends a Content-Security-Policy and the other security headers with every page', async () => {
    const context = await browser.context('analyst');
    const page = await context.newPage();
    const response = await page.goto(`${dashboard()}/`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    const signIn = await fetch(`${dashboard()}/sign-in`);
    expect(signIn.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    await page.close();
  });
});
