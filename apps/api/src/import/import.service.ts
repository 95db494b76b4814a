import { importFile, ImportRefusedError, IMPORT_KINDS, mayImportKind, templateOf } from '@hub/import';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import type { Viewer } from '../access/viewer.js';
import { encodeCursor } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toConnection } from '../common/page.types.js';
import { importRefusal } from './import.access.js';
import { QUARANTINE_CURSOR, RUN_CURSOR, type ImportRepository, type ImportRunRow } from './import.repository.js';
import { toImportRun, toImportTemplate, toQuarantinedRow } from './import.mapper.js';
import { ImportRunConnection, QuarantinedRowConnection, type ImportRun, type ImportTemplate } from './import.type.js';
import type { UploadedFile } from './upload.scalar.js';

/** What the API needs to import: its database, and the hub's pseudonym key, read once at start. */
interface ImportSettings {
  /** Read when a file is imported, so making a request's context touches no configuration. */
  databaseUrl: () => string;
  /** Null when the API was started without one; importing is then refused, reading is not. */
  pseudonymKey: string | null;
}

/**
 * Imports through GraphQL (docs/import.md) as the signed-in user, who must be an admin or a
 * service manager; every read is limited to what they may see: an admin every run, a service
 * manager their own.
 */
export class ImportService {
  constructor(
    private readonly viewer: Viewer,
    private readonly repository: ImportRepository,
    private readonly settings: ImportSettings,
  ) {}

  async importFile(kind: string, file: UploadedFile): Promise<ImportRun> {
    const account = this.allowed();
    if (!this.settings.pseudonymKey) {
      throw new GraphQLError("This API was started without the hub's pseudonym key (HUB_PSEUDONYM_KEY or the key file), so it cannot import.", {
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    // A connection of its own, without the API's statement time limit: an import of 100,000 rows
    // with its rollup refresh takes longer, and its session locks end with the connection.
    const client = new pg.Client({ connectionString: this.settings.databaseUrl() });
    await client.connect();
    try {
      const summary = await importFile(client, { kind, path: file.path, as: account.email, pseudonymKey: this.settings.pseudonymKey });
      return toImportRun((await this.repository.run(summary.runId))!);
    } catch (error) {
      if (error instanceof ImportRefusedError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
      throw error;
    } finally {
      await client.end().catch(() => {});
    }
  }

  async runs(page: PageRequest): Promise<ImportRunConnection> {
    this.allowed();
    return toConnection(
      ImportRunConnection,
      await this.repository.runs(page),
      (row) => ({ cursor: encodeCursor(RUN_CURSOR, [String(row.id)]), node: toImportRun(row) }),
      () => this.repository.countRuns(),
    );
  }

  async run(id: number): Promise<ImportRun | null> {
    this.allowed();
    const row = await this.repository.run(id);
    return row ? toImportRun(row) : null;
  }

  /** The run's quarantined rows; null when there is no such run within the viewer's reach. */
  async quarantine(runId: number, page: PageRequest): Promise<QuarantinedRowConnection | null> {
    this.allowed();
    const run: ImportRunRow | null = await this.repository.run(runId);
    if (!run) return null;
    return toConnection(
      QuarantinedRowConnection,
      await this.repository.quarantine(runId, page),
      (row) => ({ cursor: encodeCursor(QUARANTINE_CURSOR, [String(row.row_number)]), node: toQuarantinedRow(row) }),
      async () => run.quarantined,
    );
  }

  templates(): ImportTemplate[] {
    const account = this.allowed();
    return IMPORT_KINDS.map((kind) => toImportTemplate(templateOf(kind), mayImportKind(account.role, kind)));
  }

  private allowed() {
    const refusal = importRefusal(this.viewer);
    if (refusal) throw refusal;
    return this.viewer.account!;
  }
}
