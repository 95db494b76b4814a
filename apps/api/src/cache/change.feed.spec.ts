import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountAdmin } from '../access/account.admin.js';
import { startApi, type RunningApi } from '../server.js';
import { openScratchTestApi, type TestApi } from '../testing/api.harness.js';
import { ChangeFeed } from './change.feed.js';

// A database of its own: these specs move the data version, which every cached answer is kept under.
let api: TestApi;
let url: string;
beforeAll(async () => {
  api = await openScratchTestApi('change_feed');
  url = api.orm.config.get('clientUrl')!;
  // Starts the harness's own server, which closing it stops.
  await api.run('{ __typename }');
});
afterAll(() => api?.close());

const sql = (text: string) => api.orm.em.getKnex().raw(text);
const storedVersion = async () => BigInt((await sql('select version::text as v from data_version')).rows[0].v);

/** Waits up to 5 s for `check` to hold; the feed hears of a commit a moment after it. */
async function eventually(check: () => boolean): Promise<void> {
  const started = Date.now();
  while (!check() && Date.now() - started < 5_000) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('the change feed', () => {
  it('knows the data version from the start and hears each committed write move it on', async () => {
    const feed = await ChangeFeed.start(url, { tracksDataVersion: true });
    try {
      expect(feed.live).toBe(true);
      expect(feed.dataVersion).toBe(await storedVersion());
      const generation = feed.generation;
      await sql('select data_version_bump()');
      const bumped = await storedVersion();
      await eventually(() => feed.dataVersion === bumped);
      expect(feed.generation).toBeGreaterThan(generation);
    } finally {
      await feed.stop();
    }
  });

  it('reads the data version itself every second, so a notice that never comes holds nothing back long', async () => {
    const feed = await ChangeFeed.start(url, { tracksDataVersion: true });
    await sql('alter table data_version disable trigger data_version_notice');
    try {
      const generation = feed.generation;
      await sql('select data_version_bump()');
      const bumped = await storedVersion();
      const started = Date.now();
      await eventually(() => feed.dataVersion === bumped);
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(feed.generation).toBeGreaterThan(generation);
    } finally {
      await sql('alter table data_version enable trigger data_version_notice');
      await feed.stop();
    }
  });

  it('hears nothing from a write that rolled back', async () => {
    const feed = await ChangeFeed.start(url, { tracksDataVersion: true });
    try {
      const before = feed.dataVersion;
      await api.orm.em
        .getKnex()
        .transaction(async (trx) => {
          await trx.raw('select data_version_bump()');
          throw new Error('roll back');
        })
        .catch(() => undefined);
      // A notice sent after the rollback, on the same channel as access changes: once it is heard, so would the rolled-back one have been.
      const generation = feed.generation;
      await sql(`select pg_notify('hub_access', 'marker')`);
      await eventually(() => feed.generation > generation);
      expect(feed.dataVersion).toBe(before);
      expect(await storedVersion()).toBe(before);
    } finally {
      await feed.stop();
    }
  });

  it.each([
    ['an account changed', `update hub_user set display_name = display_name where false`],
    ['a session ended', `update user_session set revoked_at = now() where false`],
    ['a token revoked', `update api_token set revoked_at = now() where false`],
    ['a scope changed', `delete from user_scope where false`],
    ['a setting changed', `update hub_setting set value = value where false`],
  ])('moves its generation on when %s', async (_change, statement) => {
    const feed = await ChangeFeed.start(url, { tracksDataVersion: true });
    try {
      const generation = feed.generation;
      await sql(statement);
      await eventually(() => feed.generation > generation);
    } finally {
      await feed.stop();
    }
  });

  it('is not live while its connection is down, and listens again by itself', async () => {
    const troubles: string[] = [];
    const feed = await ChangeFeed.start(url, { tracksDataVersion: true, onTrouble: (error) => troubles.push(error.message) });
    try {
      const generation = feed.generation;
      await sql(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'wellbeing-hub change feed' and datname = current_database()`);
      await eventually(() => !feed.live);
      expect(feed.dataVersion).toBeNull();
      expect(feed.generation).toBeGreaterThan(generation);
      expect(troubles).toHaveLength(1);
      await eventually(() => feed.live);
      expect(feed.dataVersion).toBe(await storedVersion());
    } finally {
      await feed.stop();
    }
    expect(feed.live).toBe(false);
  });

  it('gives no data version when told not to track it (a read replica may trail it)', async () => {
    const feed = await ChangeFeed.start(url, { tracksDataVersion: false });
    try {
      expect(feed.live).toBe(true);
      expect(feed.dataVersion).toBeNull();
    } finally {
      await feed.stop();
    }
  });
});

describe('sign-ins kept in memory by a running API', () => {
  let running: RunningApi;
  let token: string;
  let email: string;
  const me = async () =>
    (
      (await (
        await fetch(running.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ me { email } }' }),
        })
      ).json()) as { data: { me: { email: string } | null } }
    ).data.me;

  beforeAll(async () => {
    running = await startApi({ orm: api.orm, port: 0 });
    email = `feed-spec-${Date.now()}@test.hub`;
    const admin = accountAdmin(api.orm).accounts;
    await admin.createUser({ email, displayName: 'Feed spec', role: 'analyst', password: 'long-password-123' });
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signIn(email: "${email}", password: "long-password-123") { token } }` }),
    });
    token = ((await response.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
  });
  afterAll(() => running?.stop());

  it('are not looked up again while nothing changes', async () => {
    expect(await me()).toEqual({ email });
    const knex = api.orm.em.getKnex();
    const statements: string[] = [];
    const listen = (event: { sql: string }) => statements.push(event.sql);
    knex.on('query', listen);
    try {
      expect(await me()).toEqual({ email });
    } finally {
      knex.removeListener('query', listen);
    }
    expect(statements.filter((statement) => /user_session/.test(statement))).toEqual([]);
  });

  it('stop working at once when another process disables the account', async () => {
    expect(await me()).toEqual({ email });
    // Another writer (the `npm run user` command, a second API process) disables the account.
    await sql(`update hub_user set disabled_at = now() where email = '${email}'`);
    let seen: { email: string } | null = { email };
    const started = Date.now();
    while (seen && Date.now() - started < 5_000) seen = await me();
    expect(seen).toBeNull();
    await sql(`update hub_user set disabled_at = null where email = '${email}'`);
  });
});
