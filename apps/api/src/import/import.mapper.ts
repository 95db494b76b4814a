import type { ImportTemplate as Template } from '@hub/import';
import { toInstant } from '../access/access.repository.js';
import type { ImportRunRow, QuarantineRow } from './import.repository.js';
import { ImportRun, ImportRunStatus, ImportTemplate, ImportTemplateColumn, QuarantinedRow } from './import.type.js';

export function toImportRun(row: ImportRunRow): ImportRun {
  return Object.assign(new ImportRun(), {
    id: String(row.id),
    kind: row.kind,
    fileName: row.file_name,
    sha256: row.file_sha256,
    importedBy: row.actor,
    startedAt: toInstant(row.started_at),
    finishedAt: toInstant(row.finished_at),
    status: row.status as ImportRunStatus,
    message: row.message,
    rowsRead: row.rows_read,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    quarantined: row.quarantined,
  });
}

export function toQuarantinedRow(row: QuarantineRow): QuarantinedRow {
  return Object.assign(new QuarantinedRow(), { rowNumber: row.row_number, row: row.row, reasons: row.reasons });
}

export function toImportTemplate(template: Template, mayImport: boolean): ImportTemplate {
  return Object.assign(new ImportTemplate(), {
    kind: template.kind,
    mayImport,
    sheet: template.sheet,
    description: template.description,
    columns: template.columns.map((column) =>
      Object.assign(new ImportTemplateColumn(), {
        name: column.name,
        type: column.type,
        required: column.required,
        codes: [...(column.codes ?? [])],
        description: column.description,
        example: column.example,
      }),
    ),
  });
}
