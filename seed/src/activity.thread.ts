import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ActivityOptions } from './activity.generator.js';
import type { ActivityWorkerData } from './activity.worker.js';

/** One batch of the town as COPY text bytes, one entry per table in BULK_TABLES order. */
export interface ActivityBatch {
  referrals: number;
  rows: number[];
  tables: Uint8Array[];
}

/**
 * Generating the town takes as long as PostgreSQL takes to load it, so it runs on a thread of
 * its own: on two cores Node generates on one while PostgreSQL copies on the other, and the main
 * thread only passes bytes to the socket. Each batch is acknowledged once copied; the worker
 * stays at most `ahead` batches in front, so memory stays flat at any size.
 */
export interface ActivityThread {
  batches: AsyncIterable<ActivityBatch>;
  /** Tell the worker a batch is copied and its memory can be reused. */
  copied(): void;
  stop(): Promise<void>;
}

/**
 * The worker loads its TypeScript through tsx, as every entry point of the hub does. The young
 * generation is made larger than V8's default because generation makes millions of short-lived
 * strings: collecting them less often saves about a sixth of the generating time.
 */
export function startActivityThread(options: ActivityOptions, batchReferrals: number, ahead = 2): ActivityThread {
  // The ESM build of tsx's API: its CommonJS build cannot register the loader under Node 20. Found
  // from tsx's package.json because import.meta.resolve is missing where vitest runs a global setup.
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./activity.worker.ts', import.meta.url).href;
  const bootstrap = `const { tsImport } = await import(${JSON.stringify(tsx)}); await tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)});`;
  const workerData: ActivityWorkerData = { options, batchReferrals, ahead };
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), {
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
  });
  const queue: (ActivityBatch | null)[] = [];
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  worker.on('message', (batch: ActivityBatch | null) => {
    queue.push(batch);
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  worker.on('exit', (code) => {
    failure ??= code === 0 ? null : new Error(`The generating thread stopped with code ${code}`);
    // A clean exit after the last batch leaves the queue's end marker to finish the loop.
    if (failure) notify();
  });
  async function* batches(): AsyncGenerator<ActivityBatch> {
    for (;;) {
      while (queue.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const batch = queue.shift()!;
      if (batch === null) return;
      yield batch;
    }
  }
  return {
    batches: batches(),
    copied: () => worker.postMessage(1),
    stop: async () => {
      await worker.terminate();
    },
  };
}
