/** The kinds of file the hub imports (docs/import.md). */
export const IMPORT_KINDS = ['referrals', 'outcomes', 'attendance', 'qi-measures', 'population'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

type ColumnType = 'text' | 'date' | 'year' | 'number' | 'code' | 'code list' | 'NHS number';

/** One column of a template, as docs/import.md documents it. */
export interface TemplateColumn {
  name: string;
  type: ColumnType;
  required: boolean;
  description: string;
  /** The codes a code column stores; common spellings of each are accepted too (docs/import.md). */
  codes?: readonly string[];
  example: string;
}

export interface ImportTemplate {
  kind: ImportKind;
  /** The worksheet an XLSX file must have. */
  sheet: string;
  description: string;
  columns: readonly TemplateColumn[];
}
