import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { ImportRefusedError } from '../import.errors.js';
import type { RawRow } from './raw.rows.js';

/**
 * The rows of a UTF-8 CSV file, streamed: a few rows are in memory at a time, whatever the
 * file's size. The row number is the line the row ends on, as a spreadsheet shows it.
 */
export async function* csvRows(path: string): AsyncGenerator<RawRow> {
  const parser = createReadStream(path).pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true, trim: false }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { rowNumber: info.lines, cells: record };
    }
  } catch (error) {
    // csv-parse names the line of a broken quote or the like; the cell values are never repeated.
    const code = (error as { code?: string }).code ?? 'CSV_INVALID';
    const line = (error as { lines?: number }).lines;
    throw new ImportRefusedError(`file: is not valid CSV${line ? ` at line ${line}` : ''} (${code.replace(/^CSV_/, '').toLowerCase().replace(/_/g, ' ')})`);
  } finally {
    parser.destroy();
  }
}
