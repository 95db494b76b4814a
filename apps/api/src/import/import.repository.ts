import { decodeCursor, ID_PART } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toPage, type Page } from '../common/page.types.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';

export interface ImportRunRow {
  id: number;
  kind: string;
  file_name: string;
  file_sha256: string;
  user_id: number | null;
  actor: string;
  status: string;
  message: string | null;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  started_at: string;
  finished_at: string | null;
}

export interface QuarantineRow {
  row_number: number;
  row: Record<string, string>;
  reasons: string[];
}

export const RUN_CURSOR = 'import-run';
export const QUARANTINE_CURSOR = 'quarantined-row';

const RUN_COLUMNS = `id, kind, file_name, file_sha256, user_id, actor, status, message, rows_read, inserted, updated, unchanged,
  quarantined, started_at::text, finished_at::text`;

/** Reads of import runs and their quarantined rows; `userId` narrows to one account's imports, null reaches all. */
export class ImportRepository {
  constructor(
    private readonly sql: SqlClient,
    private readonly userId: number | null,
  ) {}

  /** Newest first. */
  async runs(page: PageRequest): Promise<Page<ImportRunRow>> {
    const where = this.own();
    if (page.after) where.add('id < ?::int', decodeCursor(page.after, RUN_CURSOR, [ID_PART])[0]);
    const rows = await this.sql.rows<ImportRunRow>(`select ${RUN_COLUMNS} from import_run ${where.toWhere()} order by id desc limit ?`, [
      ...where.params,
      page.first + 1,
    ]);
    return toPage(rows, page.first);
  }

  async countRuns(): Promise<number> {
    const where = this.own();
    return (await this.sql.one<{ n: number }>(`select count(*)::int as n from import_run ${where.toWhere()}`, where.params))?.n ?? 0;
  }

  async run(id: number): Promise<ImportRunRow | null> {
    const where = this.own().add('id = ?', id);
    return this.sql.one<ImportRunRow>(`select ${RUN_COLUMNS} from import_run ${where.toWhere()}`, where.params);
  }

  /** In file order; the caller has checked that the run is within reach. */
  async quarantine(runId: number, page: PageRequest): Promise<Page<QuarantineRow>> {
    const where = new SqlConditions().add('run_id = ?', runId);
    if (page.after) where.add('row_number > ?::int', decodeCursor(page.after, QUARANTINE_CURSOR, [ID_PART])[0]);
    const rows = await this.sql.rows<QuarantineRow>(`select row_number, row, reasons from import_quarantine ${where.toWhere()} order by row_number limit ?`, [
      ...where.params,
      page.first + 1,
    ]);
    return toPage(rows, page.first);
  }

  private own(): SqlConditions {
    return new SqlConditions().when(this.userId, 'user_id = ?', this.userId);
  }
}
