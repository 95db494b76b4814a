import { beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyHub, withClient } from './database.fixture.js';
import { BulkRowError, suspendRowChecks } from './bulk-load.writer.js';
import { seedDatabase } from './seed.service.js';

/**
 * The seed switches outcome_measurement_in_range off while it loads and checks the same rule
 * once over the table: a row the trigger refuses must be refused by that check too.
 */
const url = inject('databaseUrl');
let referralId: number;

beforeAll(async () => {
  await emptyHub(url);
  await seedDatabase(url, { referrals: 50, seed: 3 });
  referralId = await withClient(url, async (client) => Number((await client.query<{ id: string }>('select min(id) as id from referral')).rows[0]!.id));
});

const BAD_ROWS = [
  { name: 'a score above the range', instrument: 'swemwbs', score: 36, items: null, error: /a swemwbs score must be 7 to 35, got 36/ },
  {
    name: 'a fraction where the instrument counts',
    instrument: 'gp_ae_visits',
    score: 2.5,
    items: null,
    error: /a gp_ae_visits score must be 0 to 200, got 2.5/,
  },
  { name: 'items that do not add up to the score', instrument: 'swemwbs', score: 20, items: '{1,1,1,1,1,1,1}', error: /swemwbs item answers do not fit/ },
  { name: 'the wrong number of items', instrument: 'gad7', score: 3, items: '{1,1,1}', error: /gad7 item answers do not fit/ },
];

const insert = (instrument: string, score: number, items: string | null) => ({
  text: `insert into outcome_measurement (referral_id, instrument_code, timepoint, measured_on, score, items) values ($1, $2, 'follow_up_12m', '2024-01-01', $3, $4)`,
  values: [referralId, instrument, score, items],
});

describe('checking outcome ranges after a bulk load', () => {
  it.each(BAD_ROWS)('refuses $name, as the trigger does', async ({ instrument, score, items, error }) => {
    await withClient(url, async (client) => {
      await expect(client.query(insert(instrument, score, items))).rejects.toThrow(error);
      await client.query('begin');
      try {
        const check = await suspendRowChecks(client);
        await client.query(insert(instrument, score, items));
        const failure = await check().then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(failure).toBeInstanceOf(BulkRowError);
        expect((failure as BulkRowError).message).toMatch(error);
      } finally {
        await client.query('rollback');
      }
    });
  });

  it('passes a table whose rows fit, and switches the trigger back on', async () => {
    await withClient(url, async (client) => {
      await client.query('begin');
      try {
        const check = await suspendRowChecks(client);
        const state = async () =>
          (await client.query<{ enabled: string }>(`select tgenabled as enabled from pg_trigger where tgname = 'outcome_measurement_in_range'`)).rows[0]!
            .enabled;
        expect(await state()).toBe('D');
        await client.query(insert('swemwbs', 21, '{3,3,3,3,3,3,3}'));
        await expect(check()).resolves.toBeUndefined();
        expect(await state()).toBe('O');
      } finally {
        await client.query('rollback');
      }
    });
  });
});
