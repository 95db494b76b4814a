import { setImmediate as turnOfTheEventLoop } from 'node:timers/promises';
import { refreshRollupsBehind } from '@hub/db';
import { pseudonymise } from '@hub/seed';
import { ImportRefusedError } from './import.errors.js';
import { kindRules, type KindRules } from './import.kinds.js';
import { findImporter, guardDemoHub } from './load/importer.account.js';
import { beginRun, beginWrites, completeRun, discardRun, failRun, finishWrites, quarantine, releaseRun, type Counts } from './load/import-run.store.js';
import { readReferenceData } from './load/reference.reader.js';
import type { Numbered, RowOutcome } from './load/row.outcome.js';
import type { ImportClient } from './load/sql.client.js';
import { inspectFile } from './source/file.inspect.js';
import { openRows, type SourceRow } from './source/row.source.js';
import { templateOf } from './template/templates.js';
import type { ImportKind } from './template/template.js';
import { DuplicateCheck } from './validate/duplicate.check.js';

export interface ImportOptions {
  kind: string;
  path: string;
  /** The e-mail of the account that imports: who may import each kind is in load/importer.account.ts. */
  as: string;
  /** The hub's pseudonym key: NHS numbers become HMAC-SHA-256 pseudonyms with it as they are read. */
  pseudonymKey: string;
  /** Called once the run is recorded, before any row is written. */
  onStart?: (runId: number, resumed: boolean) => void;
  /** Called after each batch with the rows read so far. */
  onProgress?: (rowsRead: number) => void;
  /** YYYY-MM-DD; nothing may be dated after it. Today unless a test fixes it. */
  today?: string;
  batchSize?: number;
}

export interface ImportSummary extends Counts {
  runId: number;
  kind: ImportKind;
  fileName: string;
  /** True when this run completed one a killed process had left running. */
  resumed: boolean;
  seconds: number;
  rollupSeconds: number;
}

/**
 * Imports one file (docs/import.md). A file wrong as a whole is refused before anything is
 * written; otherwise every row ends as inserted, updated, unchanged or quarantined, in one
 * transaction with the rollups' refresh and the audit entry, so a process killed half-way
 * leaves nothing behind and a re-run completes it.
 */
export async function importFile(client: ImportClient, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const template = templateOf(options.kind);
  const file = await inspectFile(options.path);
  const importer = await findImporter(client, options.as, template.kind);
  const rows = await openRows(file, template);
  const reference = await readReferenceData(client, importer.programmeIds, options.today ?? new Date().toISOString().slice(0, 10));
  const toPseudonym = guardDemoHub(importer, (nhsNumber) => pseudonymise(nhsNumber, options.pseudonymKey));
  const rules = (await kindRules(client, template.kind, { reference, pseudonymise: toPseudonym, importer, fileName: file.name })) as KindRules<unknown>;
  const run = await beginRun(client, template.kind, file, importer);
  options.onStart?.(run.id, run.resumed);
  let rollupSeconds = 0;
  let counts: Counts;
  try {
    await beginWrites(client);
    counts = await loadRows(client, run.id, rows, rules, options);
    const refreshStarted = performance.now();
    // The rollups take in the referrals the import reached and their months, in its transaction,
    // so its figures appear with its rows (docs/methods.md, "How the figures keep up with the data").
    await refreshRollupsBehind(client);
    rollupSeconds = (performance.now() - refreshStarted) / 1000;
    await finishWrites(client);
    await completeRun(client, run.id, template.kind, file, importer, counts);
    await client.query('commit');
    await releaseRun(client, run.id);
  } catch (error) {
    await client.query('rollback').catch(() => {});
    if (error instanceof ImportRefusedError) await discardRun(client, run.id);
    else await failRun(client, run.id, `The import failed and nothing of it was kept: ${(error as Error).message.split('\n')[0]}`);
    throw error;
  }
  return {
    runId: run.id,
    kind: template.kind,
    fileName: file.name,
    resumed: run.resumed,
    seconds: (performance.now() - started) / 1000,
    rollupSeconds,
    ...counts,
  };
}

interface HeldRow {
  rowNumber: number;
  row: Record<string, string>;
  reasons: string[];
}

/** A batch read and checked, ready to write: the rows that passed and the rows held back with their reasons. */
interface CheckedBatch {
  rowsRead: number;
  held: HeldRow[];
  valid: (Numbered<unknown> & { shown: Record<string, string> })[];
}

/**
 * Writes the file batch by batch. The next batch is read and checked while the database writes
 * the current one, so the two cores work at once; at most two batches are in memory.
 */
async function loadRows(
  client: ImportClient,
  runId: number,
  rows: AsyncIterable<SourceRow>,
  rules: KindRules<unknown>,
  options: ImportOptions,
): Promise<Counts> {
  const counts: Counts = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0 };
  const batches = checkedBatches(rows, rules, options.batchSize ?? 5000);
  let next = batches.next();
  try {
    for (let current = await next; !current.done; current = await next) {
      next = batches.next();
      // A refusal found in the next batch is awaited on the next turn; until then it must not count as unhandled.
      next.catch(() => {});
      await writeBatch(client, runId, current.value, rules, counts);
      options.onProgress?.(counts.rowsRead);
    }
  } finally {
    await next.catch(() => {});
    await batches.return(undefined);
  }
  return counts;
}

const CHECKS_BETWEEN_ANSWERS = 50;

async function* checkedBatches(rows: AsyncIterable<SourceRow>, rules: KindRules<unknown>, batchSize: number): AsyncGenerator<CheckedBatch, void, undefined> {
  const duplicates = new DuplicateCheck();
  let batch: CheckedBatch = { rowsRead: 0, held: [], valid: [] };
  for await (const source of rows) {
    checkInto(batch, source, rules, duplicates);
    // Rows already read arrive without a turn of the event loop, so checking them would hold back the
    // database's answer to the batch being written; letting it through every few rows keeps the database busy.
    if (batch.rowsRead % CHECKS_BETWEEN_ANSWERS === 0) await turnOfTheEventLoop();
    if (batch.rowsRead >= batchSize) {
      yield batch;
      batch = { rowsRead: 0, held: [], valid: [] };
    }
  }
  if (batch.rowsRead > 0) yield batch;
}

/** A row's checks; a refusal of the whole file names the row it came from. */
function checkRow(rules: KindRules<unknown>, source: SourceRow): ReturnType<KindRules<unknown>['check']> {
  try {
    return rules.check(source.values);
  } catch (error) {
    if (error instanceof ImportRefusedError) throw new ImportRefusedError(`row ${source.rowNumber}: ${error.message}`);
    throw error;
  }
}

function checkInto(batch: CheckedBatch, source: SourceRow, rules: KindRules<unknown>, duplicates: DuplicateCheck): void {
  batch.rowsRead++;
  const checked = checkRow(rules, source);
  // The NHS number never leaves this function: the quarantined row holds its pseudonym, or a blank.
  const shown = 'nhs_number' in source.values ? { ...source.values, nhs_number: checked.pseudonym ?? '' } : source.values;
  const reasons = checked.ok ? [] : [...checked.reasons];
  if (source.extraCells > 0) reasons.push(`row: has ${source.extraCells} filled cell(s) beyond the header's columns`);
  if (checked.ok) {
    const first = duplicates.seen(rules.key(checked.record), source.rowNumber);
    if (first !== null) reasons.push(rules.duplicateReason(checked.record, first));
  }
  if (reasons.length > 0 || !checked.ok) batch.held.push({ rowNumber: source.rowNumber, row: shown, reasons });
  else batch.valid.push({ rowNumber: source.rowNumber, record: checked.record, shown });
}

async function writeBatch(client: ImportClient, runId: number, batch: CheckedBatch, rules: KindRules<unknown>, counts: Counts): Promise<void> {
  const held = [...batch.held];
  const outcomes: RowOutcome[] = batch.valid.length > 0 ? await rules.load(client, batch.valid) : [];
  outcomes.forEach((outcome, index) => {
    if (typeof outcome === 'string') counts[outcome]++;
    else held.push({ rowNumber: batch.valid[index].rowNumber, row: batch.valid[index].shown, reasons: outcome.quarantined });
  });
  counts.rowsRead += batch.rowsRead;
  counts.quarantined += held.length;
  await quarantine(client, runId, held);
}
