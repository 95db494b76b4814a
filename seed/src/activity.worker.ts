import { parentPort, workerData } from 'node:worker_threads';
import { generateActivity, type ActivityOptions } from './activity.generator.js';
import { BULK_TABLES } from './bulk-load.writer.js';
import type { ActivityBatch } from './activity.thread.js';

/**
 * The worker side of activity.thread.ts: generates the town and posts it in batches of COPY
 * text, encoded here so the main thread only hands bytes to the socket. It runs at most
 * `ahead` batches in front of what the main thread has finished copying.
 */
export interface ActivityWorkerData {
  options: ActivityOptions;
  batchReferrals: number;
  ahead: number;
}

const SLICE = 250;

async function run(port: NonNullable<typeof parentPort>, { options, batchReferrals, ahead }: ActivityWorkerData): Promise<void> {
  let credits = ahead;
  let waiting: (() => void) | null = null;
  port.on('message', () => {
    credits++;
    waiting?.();
  });
  const takeCredit = async (): Promise<void> => {
    while (credits === 0) await new Promise<void>((resolve) => (waiting = resolve));
    waiting = null;
    credits--;
  };
  let referrals = 0;
  let rows = BULK_TABLES.map(() => 0);
  let pieces = BULK_TABLES.map((): string[] => []);
  const post = async (): Promise<void> => {
    await takeCredit();
    const tables = pieces.map((texts) => encode(texts.join('')));
    const batch: ActivityBatch = { referrals, rows, tables };
    port.postMessage(
      batch,
      tables.map((bytes) => bytes.buffer as ArrayBuffer),
    );
    referrals = 0;
    rows = BULK_TABLES.map(() => 0);
    pieces = BULK_TABLES.map((): string[] => []);
  };
  for (const slice of generateActivity(options, SLICE)) {
    referrals += slice.referrals;
    BULK_TABLES.forEach((table, i) => {
      rows[i] += slice[table].length;
      pieces[i].push(slice[table].join(''));
    });
    if (referrals >= batchReferrals) await post();
  }
  if (referrals > 0) await post();
  port.postMessage(null);
  port.close();
}

/** Bytes in a buffer of their own, so posting them moves rather than copies them. */
function encode(text: string): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

if (parentPort) await run(parentPort, workerData as ActivityWorkerData);
