import { readFileSync, writeFileSync, existsSync, createReadStream } from 'node:fs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { startTestDatabase } from '@hub/db/testing';
import { generateActivity } from './src/activity.generator.js';
import { generateOutreachEvents, outreachRows } from './src/outreach.generator.js';
import { Random } from './src/random.js';
import { writeReferenceData } from './src/reference.writer.js';
import { insertRows } from './src/table.writer.js';
import { HUB_DATA_TABLES, BULK_TABLES, suspendIndexes, checkOutcomeRanges } from './src/bulk-load.writer.js';
const n = Number(process.argv[2] ?? 100_000);
const mode = process.argv[3] ?? 'plain';
const COLUMNS: Record<string, string> = {
  person: 'id, pseudonym, birth_year, sex, ethnic_code, ward_code, lsoa_code, deprivation_decile, conditions',
  referral: 'id, person_id, programme_id, source_code, outreach_event_id, received_on, reason, conditions, status, assessed_on, started_on, ended_on',
  referral_status_event: 'referral_id, status, occurred_on', attendance: 'referral_id, session_on, venue_id, attended',
  outcome_measurement: 'id, referral_id, instrument_code, timepoint, measured_on, score, items' };
const outreach = generateOutreachEvents(new Random(20180401).fork('outreach'));
if (!existsSync(`/tmp/seedwork/${n}.person`)) {
  const parts: Record<string, string[]> = Object.fromEntries(BULK_TABLES.map((t) => [t, []]));
  for (const s of generateActivity({ referrals: n, seed: 20180401, pseudonymKey: 'k'.repeat(40), outreach }, 2000)) for (const t of BULK_TABLES) parts[t].push(s[t].join(''));
  for (const t of BULK_TABLES) writeFileSync(`/tmp/seedwork/${n}.${t}`, parts[t].join(''));
}
const db = await startTestDatabase('probe');
const client = new pg.Client({ connectionString: db.url }); await client.connect();
const pid = (await client.query('select pg_backend_pid() as p')).rows[0].p;
const cpu = () => { const s = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (+s[11] + +s[12]) / 100; };
const step = async (what: string, work: () => Promise<unknown>) => { const c = cpu(), t = performance.now(); await work(); console.log(what.padEnd(40), 'cpu', (cpu() - c).toFixed(2), 'wall', ((performance.now() - t) / 1000).toFixed(2)); };
await client.query('begin');
await client.query('set local synchronous_commit = off'); await client.query(`set local maintenance_work_mem = '512MB'`);
await client.query(`truncate ${HUB_DATA_TABLES.join(', ')} restart identity`);
const restore = await suspendIndexes(client);
await writeReferenceData(client, new Random(20180401).fork('reference'), n);
await insertRows(client, 'outreach_event', outreachRows(outreach));
if (mode.includes('notrig')) await client.query('alter table outcome_measurement disable trigger outcome_measurement_in_range');
for (const t of BULK_TABLES) await step(`copy ${t}`, () => pipeline(createReadStream(`/tmp/seedwork/${n}.${t}`, { highWaterMark: 1 << 20 }), client.query(copyFrom(`copy ${t} (${COLUMNS[t]}) from stdin with (format text${mode.includes('nofreeze') ? '' : ', freeze true'})`))));
if (mode.includes('notrig')) await step('check', () => checkOutcomeRanges(client));
const q = client.query.bind(client);
(client as any).query = async (sql: any, ...rest: any[]) => { if (typeof sql !== 'string') return q(sql, ...rest); const c = cpu(), t = performance.now(); const r = await q(sql, ...rest); console.log(sql.slice(0, 90).padEnd(90), 'cpu', (cpu() - c).toFixed(2), 'wall', ((performance.now() - t) / 1000).toFixed(2)); return r; };
await step('restore', restore);
(client as any).query = q;
await step('commit', () => client.query('commit'));
await client.end(); await db.stop();
