import { IMPORT_KINDS, templateOf } from '@hub/import';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../common/page.types.js';
import { DateTime } from '../common/scalars.js';

/**
 * The kinds of file the hub imports, from packages/import: `qi-measures` is QI_MEASURES here.
 * The enum's values are the import's own kind names, so resolvers pass them on as they are.
 */
const enumName = (kind: string) => kind.toUpperCase().replace(/-/g, '_');
export const ImportKind: Record<string, string> = Object.fromEntries(IMPORT_KINDS.map((kind) => [enumName(kind), kind]));

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'A kind of file the hub imports; importTemplates describes the columns of each (docs/import.md).',
  valuesConfig: Object.fromEntries(IMPORT_KINDS.map((kind) => [enumName(kind), { description: templateOf(kind).description }])),
});

export enum ImportRunStatus {
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
}

registerEnumType(ImportRunStatus, {
  name: 'ImportRunStatus',
  description: 'Where an import stands.',
  valuesConfig: {
    RUNNING: { description: 'Still running, or stopped by a crash: importing the same file again completes it.' },
    COMPLETED: { description: 'Every row was inserted, updated, left unchanged or quarantined, and kept.' },
    FAILED: { description: 'It failed part-way and nothing of it was kept; the message says why.' },
  },
});

@ObjectType({ description: 'One import of a file: who, when, which file, and what became of its rows.' })
export class ImportRun {
  @Field(() => ID, { description: "The run's id." })
  id!: string;

  @Field(() => ImportKind, { description: 'What the file held.' })
  kind!: string;

  @Field(() => String, { description: 'The name of the file as it was sent.' })
  fileName!: string;

  @Field(() => String, { description: "The SHA-256 of the file's bytes, in hex: the same file imported again has the same hash." })
  sha256!: string;

  @Field(() => String, { description: "Who imported it: the account's e-mail at the time." })
  importedBy!: string;

  @Field(() => DateTime, { description: 'When the import started.' })
  startedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it completed or failed; null while running.' })
  finishedAt!: Date | null;

  @Field(() => ImportRunStatus, { description: 'Running, completed or failed.' })
  status!: ImportRunStatus;

  @Field(() => String, { nullable: true, description: 'Why it failed; null otherwise.' })
  message!: string | null;

  @Field(() => Int, { description: 'Data rows read from the file; the four counts below add up to it.' })
  rowsRead!: number;

  @Field(() => Int, { description: 'Rows that added a record.' })
  inserted!: number;

  @Field(() => Int, { description: 'Rows that changed a record imported before.' })
  updated!: number;

  @Field(() => Int, { description: 'Rows that matched their record exactly.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows kept aside with their reasons (importQuarantine lists them).' })
  quarantined!: number;
}

@ObjectType({ description: 'A row of an imported file that was not loaded, with every reason.' })
export class QuarantinedRow {
  @Field(() => Int, { description: "The row's number in the file; the header is row 1." })
  rowNumber!: number;

  @Field(() => JSONObjectResolver, {
    description: "The row's cells by column name, as read; the NHS number's cell holds its pseudonym, or a blank when it was invalid.",
  })
  row!: Record<string, string>;

  @Field(() => [String], { description: 'Why it was kept aside, each naming the field, the value and the rule.' })
  reasons!: string[];
}

@ObjectType({ description: 'One column of an import template (docs/import.md).' })
export class ImportTemplateColumn {
  @Field(() => String, { description: "The column's name in the header row; case, spaces and dashes are ignored." })
  name!: string;

  @Field(() => String, { description: 'What it holds: text, date, year, number, code, code list or NHS number.' })
  type!: string;

  @Field(() => Boolean, { description: 'Whether every row must fill it.' })
  required!: boolean;

  @Field(() => [String], { description: 'The codes a code column stores (common spellings of each are accepted); empty for other columns.' })
  codes!: string[];

  @Field(() => String, { description: 'What it means and its rules.' })
  description!: string;

  @Field(() => String, { description: 'An example value.' })
  example!: string;
}

@ObjectType({ description: 'The columns a kind of file must have, as docs/import.md documents them.' })
export class ImportTemplate {
  @Field(() => ImportKind, { description: 'The kind of file.' })
  kind!: string;

  @Field(() => String, { description: 'The worksheet an XLSX file must hold the rows on.' })
  sheet!: string;

  @Field(() => String, { description: 'What one row is.' })
  description!: string;

  @Field(() => [ImportTemplateColumn], { description: 'The columns, in the template order.' })
  columns!: ImportTemplateColumn[];

  @Field(() => Boolean, {
    description:
      'Whether your role may import this kind (docs/methods.md, "Access and audit"): a QI lead sees every template but sends only QI measure values.',
  })
  mayImport!: boolean;
}

export const ImportRunConnection = connectionType(ImportRun, 'ImportRun', { one: 'import', many: 'imports' });
export type ImportRunConnection = InstanceType<typeof ImportRunConnection>;

export const QuarantinedRowConnection = connectionType(QuarantinedRow, 'QuarantinedRow', { one: 'quarantined row', many: 'quarantined rows' });
export type QuarantinedRowConnection = InstanceType<typeof QuarantinedRowConnection>;
