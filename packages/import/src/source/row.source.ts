import { ImportRefusedError } from '../import.errors.js';
import type { ImportTemplate } from '../template/template.js';
import { csvRows } from './csv.source.js';
import type { InspectedFile } from './file.inspect.js';
import { matchHeader } from './header.check.js';
import type { RawRow } from './raw.rows.js';
import { xlsxRows } from './xlsx.source.js';

/** A data row by column name, with anything the header cannot hold noted. */
export interface SourceRow {
  rowNumber: number;
  values: Record<string, string>;
  /** Cells to the right of the header's last column that are not blank. */
  extraCells: number;
}

/**
 * Opens a file's rows after its header has been checked against the template, and after the
 * first data row has been read: a file with a header and nothing else is refused here, before
 * any write.
 */
export async function openRows(file: InspectedFile, template: ImportTemplate): Promise<AsyncGenerator<SourceRow>> {
  const raw = file.format === 'csv' ? csvRows(file.path) : xlsxRows(file.path, template.sheet);
  const header = await raw.next();
  if (header.done) throw new ImportRefusedError(`file: ${file.name} has no rows`);
  const columns = matchHeader(header.value.cells, template);
  const first = await nextDataRow(raw);
  if (first === null) throw new ImportRefusedError(`file: ${file.name} has a header but no data rows`);
  return rowsByName(first, raw, columns);
}

async function* rowsByName(first: RawRow, rest: AsyncGenerator<RawRow>, columns: readonly string[]): AsyncGenerator<SourceRow> {
  for (let row: RawRow | null = first; row !== null; row = await nextDataRow(rest)) {
    const values: Record<string, string> = {};
    columns.forEach((column, index) => (values[column] = row!.cells[index] ?? ''));
    const extraCells = row.cells.slice(columns.length).filter((cell) => cell.trim() !== '').length;
    yield { rowNumber: row.rowNumber, values, extraCells };
  }
}

/** The next row with any cell filled in; blank rows are not data. */
async function nextDataRow(rows: AsyncGenerator<RawRow>): Promise<RawRow | null> {
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    if (next.value.cells.some((cell) => cell.trim() !== '')) return next.value;
  }
  return null;
}
