export { importFile, type ImportOptions, type ImportSummary } from './import.service.js';
export { ImportRefusedError } from './import.errors.js';
export { IMPORT_KINDS, type ImportKind } from './template/template.js';
export { templateOf } from './template/templates.js';
export type { ImportTemplate } from './template/template.js';
export { IMPORTING_ROLES, mayImport, mayImportKind } from './load/importer.account.js';
