import { ImportRefusedError } from '../import.errors.js';
import type { ImportTemplate } from '../template/template.js';

/** A header cell as a column name: case, spaces and dashes ignored ("Referral ID" is referral_id). */
function columnName(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * The template's column at each position of the header, or a refusal naming every column
 * missing or unknown. Optional columns may be left out.
 */
export function matchHeader(cells: readonly string[], template: ImportTemplate): string[] {
  const names = cells.map(columnName);
  // Spreadsheets often carry blank cells after the last column.
  let width = names.length;
  while (width > 0 && names[width - 1] === '') width--;
  const trimmed = names.slice(0, width);
  if (trimmed.length === 0) throw new ImportRefusedError('header: row 1 is empty; it must name the columns');
  if (trimmed.length === 1) {
    const separator = [';', '\t', '|'].find((candidate) => cells[0].includes(candidate));
    if (separator) {
      const shown = separator === '\t' ? 'tabs' : `"${separator}"`;
      throw new ImportRefusedError(`header: the columns are separated by ${shown}, not commas: save the file as comma-separated CSV`);
    }
  }
  const known = new Set(template.columns.map((column) => column.name));
  const unknown = trimmed.filter((name) => !known.has(name));
  const missing = template.columns.filter((column) => column.required && !trimmed.includes(column.name)).map((column) => column.name);
  const repeated = trimmed.filter((name, index) => name !== '' && trimmed.indexOf(name) !== index);
  const problems = [
    missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '',
    unknown.length ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => (name === '' ? '(blank)' : name)).join(', ')}` : '',
    repeated.length ? `repeated column${repeated.length > 1 ? 's' : ''} ${[...new Set(repeated)].join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length) {
    throw new ImportRefusedError(
      `header: ${problems.join('; ')} (the ${template.kind} columns are ${template.columns.map((column) => column.name).join(', ')})`,
    );
  }
  return trimmed;
}
