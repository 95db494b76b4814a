import { beforeEach, describe, expect, inject, it } from 'vitest';
import { emptyHub, queryRows, tableFingerprints, withClient } from './database.fixture.js';
import { isDatabaseEmpty, seedDatabase, SeedError } from './seed.service.js';

/** Seeding never mixes two towns, never half-writes one, and is repeatable. */
const url = inject('databaseUrl');
/** Tests set their key explicitly; the hub itself never has a fixed one. */
const TEST_KEY = 'seed-safety-spec-test-key-0123456789abcdef';
const count = async (table: string): Promise<number> => Number((await queryRows<{ n: string }>(url, `select count(*) as n from ${table}`))[0].n);

beforeEach(async () => {
  await emptyHub(url);
});

describe('seedDatabase', () => {
  it('refuses a database that already holds a town, unless asked to replace it', async () => {
    expect(await isDatabaseEmpty(url)).toBe(true);
    await seedDatabase(url, { referrals: 300, seed: 1 });
    expect(await isDatabaseEmpty(url)).toBe(false);
    await expect(seedDatabase(url, { referrals: 300, seed: 2 })).rejects.toThrow(/already holds hub data \(300 referrals and 10 programmes\).*replace/);
    const replaced = await seedDatabase(url, { referrals: 400, seed: 2, replace: true });
    expect(replaced.counts.referral).toBe(400);
    expect(await count('referral')).toBe(400);
  });

  it('keeps the migration code lists when replacing', async () => {
    await seedDatabase(url, { referrals: 100, seed: 1 });
    await seedDatabase(url, { referrals: 100, seed: 1, replace: true });
    expect(await count('ethnic_category')).toBe(18);
    expect(await count('instrument')).toBe(13);
    expect(await count('referral_source')).toBe(6);
    expect(await count('age_band')).toBe(9);
  });

  it('writes identical tables for the same seed, size and pseudonym key', async () => {
    await seedDatabase(url, { referrals: 800, seed: 99, pseudonymKey: TEST_KEY });
    const first = await tableFingerprints(url);
    await seedDatabase(url, { referrals: 800, seed: 99, pseudonymKey: TEST_KEY, replace: true });
    expect(await tableFingerprints(url)).toEqual(first);
    await seedDatabase(url, { referrals: 800, seed: 100, pseudonymKey: TEST_KEY, replace: true });
    expect((await tableFingerprints(url)).referral).not.toBe(first.referral);
  });

  it('pseudonymises with the key it is given: another key, or none (a one-off key), changes only the pseudonyms', async () => {
    await seedDatabase(url, { referrals: 300, seed: 7, pseudonymKey: TEST_KEY });
    const first = await tableFingerprints(url);
    for (const options of [{ pseudonymKey: 'another-test-key-of-at-least-32-characters' }, {}, {}]) {
      await seedDatabase(url, { referrals: 300, seed: 7, replace: true, ...options });
      const fingerprints = await tableFingerprints(url);
      expect(fingerprints.person).not.toBe(first.person);
      expect(fingerprints.referral).toBe(first.referral);
    }
  });

  it('rejects a size or seed it cannot use before touching the database', async () => {
    await expect(seedDatabase(url, { referrals: -1 })).rejects.toThrow(SeedError);
    await expect(seedDatabase(url, { referrals: 10.5 })).rejects.toThrow(/referrals must be a whole number/);
    await expect(seedDatabase(url, { seed: -3 })).rejects.toThrow(/seed must be a whole number/);
    expect(await isDatabaseEmpty(url)).toBe(true);
  });

  it('leaves the database exactly as it was when a row fails halfway', async () => {
    await seedDatabase(url, { referrals: 500, seed: 5 });
    const before = await tableFingerprints(url);
    // A rule the existing rows break but new outcome rows past referral 150 also break, so the
    // failure comes after the reference data and the first slices have been written.
    await withClient(url, (client) => client.query('alter table outcome_measurement add constraint seed_spec_fails check (referral_id < 150) not valid'));
    try {
      await expect(seedDatabase(url, { referrals: 5_000, seed: 6, replace: true })).rejects.toThrow(/seed_spec_fails/);
      expect(await tableFingerprints(url)).toEqual(before);
      await emptyHub(url);
      await expect(seedDatabase(url, { referrals: 5_000, seed: 6 })).rejects.toThrow(/seed_spec_fails/);
      expect(await isDatabaseEmpty(url)).toBe(true);
      expect(await count('ward')).toBe(0);
    } finally {
      await withClient(url, (client) => client.query('alter table outcome_measurement drop constraint seed_spec_fails'));
    }
  });
});
