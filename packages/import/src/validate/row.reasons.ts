import { codeOf, type CodeList } from '../value/code.spellings.js';
import type { Parsed } from '../value/cell.values.js';

/**
 * Gathers the reasons one row is refused, each naming the field, the value and the rule, so
 * that a row with three mistakes is reported once with all three.
 */
export class RowReasons {
  readonly list: string[] = [];

  constructor(private readonly values: Readonly<Record<string, string>>) {}

  text(field: string): string {
    return (this.values[field] ?? '').trim();
  }

  add(field: string, rule: string, value: string | null = this.text(field)): void {
    // An NHS number is personal data: a reason names its rule, never the number.
    const shown = field === 'nhs_number' ? null : value;
    this.list.push(shown === null ? `${field}: ${rule}` : `${field}: "${shown}" ${rule}`);
  }

  /** The cell, or null (with a reason) when a required cell is blank. */
  required(field: string): string | null {
    const text = this.text(field);
    if (text === '') this.add(field, 'is required', null);
    return text === '' ? null : text;
  }

  parsed<T>(field: string, parse: (text: string) => Parsed<T>, required: boolean): T | null {
    const text = required ? this.required(field) : this.text(field) || null;
    if (text === null) return null;
    const result = parse(text);
    if (result.ok) return result.value;
    this.add(field, result.rule, text);
    return null;
  }

  code(field: string, list: CodeList, listName: string, required = true): string | null {
    const text = required ? this.required(field) : this.text(field) || null;
    if (text === null) return null;
    const code = codeOf(list, text);
    if (code === null) this.add(field, `is not one of ${listName}`, text);
    return code;
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}
