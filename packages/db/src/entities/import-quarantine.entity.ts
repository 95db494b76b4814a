import { ArrayType, Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { ImportRun } from './import-run.entity.js';

/** A row an import could not take, kept with its reasons so it can be corrected and imported again. */
@Entity({ tableName: 'import_quarantine' })
export class ImportQuarantine {
  [PrimaryKeyProp]?: ['run', 'rowNumber'];

  @ManyToOne(() => ImportRun, { ...foreignKey('import_quarantine', 'run_id', 'cascade'), primary: true })
  run!: ImportRun;

  /** The row's number in the file, the header being row 1. */
  @Property({ type: 'integer', primary: true })
  rowNumber!: number;

  /** The row as read, the NHS number replaced by its pseudonym (blank when it was invalid). */
  @Property({ type: 'jsonb' })
  row!: Record<string, string>;

  @Property({ type: new ArrayType<string>(), columnType: 'text[]' })
  reasons!: string[];
}
