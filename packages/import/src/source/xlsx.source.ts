import ExcelJS from 'exceljs';
import { ImportRefusedError } from '../import.errors.js';
import type { RawRow } from './raw.rows.js';

/**
 * The rows of one worksheet of an XLSX workbook, streamed with exceljs' WorkbookReader (the
 * workbook is never loaded whole). A workbook without the sheet is refused, naming the sheets it has.
 */
export async function* xlsxRows(path: string, sheet: string): AsyncGenerator<RawRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const names: string[] = [];
  let found = false;
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      names.push(name);
      if (name.trim().toLowerCase() !== sheet.toLowerCase()) continue;
      found = true;
      for await (const row of worksheet) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellText(cell.value);
        });
        yield { rowNumber: row.number, cells: Array.from(cells, (cell) => cell ?? '') };
      }
    }
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    throw new ImportRefusedError(`file: the workbook cannot be read (${(error as Error).message.split('\n')[0]}); save it again as .xlsx`);
  }
  if (!found) throw new ImportRefusedError(`file: the workbook has no sheet named "${sheet}" (its sheets: ${names.join(', ') || 'none'})`);
}

/** A cell as the text a CSV export would hold: dates as YYYY-MM-DD, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}
