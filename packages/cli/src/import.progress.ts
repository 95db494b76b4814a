import type { ImportSummary } from '@hub/import';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const count = (value: number): string => Math.round(value).toLocaleString('en-GB');

/**
 * Rows read and rows a second on stderr: redrawn in place on a terminal, a plain line every
 * 10,000 rows in a log.
 */
export function importProgress(stream: ProgressStream, now: () => number = () => performance.now()): { update(rows: number): void; finish(): void } {
  const started = now();
  let drawn = false;
  let lastLine = 0;
  return {
    update(rows) {
      const seconds = (now() - started) / 1000;
      const text = `${count(rows)} rows read · ${count(seconds > 0 ? rows / seconds : 0)} rows/s`;
      if (stream.isTTY) {
        stream.write(`\r${text}\x1b[K`);
        drawn = true;
      } else if (rows - lastLine >= 10_000) {
        lastLine = rows - (rows % 10_000);
        stream.write(`import: ${text}\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}

export function describeSummary(summary: ImportSummary): string[] {
  const lines = [
    `Imported ${summary.fileName} as ${summary.kind} (run ${summary.runId}${summary.resumed ? ', completing the run a stopped import left' : ''}) in ${summary.seconds.toFixed(1)} s:`,
    `  ${count(summary.rowsRead)} rows: ${count(summary.inserted)} inserted, ${count(summary.updated)} updated, ${count(summary.unchanged)} unchanged, ${count(summary.quarantined)} quarantined`,
    `  reporting rollups refreshed in ${summary.rollupSeconds.toFixed(1)} s`,
  ];
  if (summary.quarantined > 0) {
    lines.push(
      `  quarantined rows, with their reasons: select row_number, reasons, row from import_quarantine where run_id = ${summary.runId} order by row_number`,
    );
  }
  return lines;
}
