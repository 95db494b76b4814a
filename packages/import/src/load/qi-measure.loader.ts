import type { QiMeasureRecord } from '../validate/qi-measure.validate.js';
import type { Numbered, RowOutcome } from './row.outcome.js';
import { rowsOf, type ImportClient } from './sql.client.js';

/** Who changed the values and from which file, as the value history keeps it. */
interface ValueAuthor {
  /** The account's display name, as the API's QI editing records it. */
  changedBy: string;
  fileName: string;
}

interface Change {
  measureId: number;
  periodStart: string;
  oldValue: number | null;
  newValue: number;
  reason: string;
}

/**
 * Writes one batch of QI measure values, each change kept in the value history as the API's
 * recording and correction keep it (docs/methods.md, "QI measures"), with the file's name as
 * the reason. The measures are locked first, so an edit in the dashboard waits for the import.
 */
export async function loadQiMeasureValues(client: ImportClient, batch: readonly Numbered<QiMeasureRecord>[], author: ValueAuthor): Promise<RowOutcome[]> {
  const measureIds = [...new Set(batch.map((row) => row.record.measureId))];
  await client.query(`select 1 from qi_measure where id = any($1::int[]) order by id for update`, [measureIds]);
  const stored = await storedValues(client, measureIds);
  const outcomes: RowOutcome[] = [];
  const changes: Change[] = [];
  for (const { record } of batch) {
    const before = stored.get(`${record.measureId}\u0000${record.periodStart}`) ?? null;
    if (before === record.value) {
      outcomes.push('unchanged');
      continue;
    }
    const reason = record.note ? `import ${author.fileName}: ${record.note}` : `import ${author.fileName}`;
    changes.push({ measureId: record.measureId, periodStart: record.periodStart, oldValue: before, newValue: record.value, reason });
    outcomes.push(before === null ? 'inserted' : 'updated');
  }
  if (changes.length > 0) await applyChanges(client, changes, author.changedBy);
  return outcomes;
}

async function storedValues(client: ImportClient, measureIds: number[]): Promise<Map<string, number>> {
  const rows = await rowsOf<{ measure_id: number; period_start: string; value: number }>(
    client,
    `select measure_id, period_start::text, value::float8 as value from qi_measure_value where measure_id = any($1::int[])`,
    [measureIds],
  );
  return new Map(rows.map((row) => [`${row.measure_id}\u0000${row.period_start}`, row.value]));
}

async function applyChanges(client: ImportClient, changes: readonly Change[], changedBy: string): Promise<void> {
  const column = <K extends keyof Change>(key: K) => changes.map((change) => change[key]);
  await client.query(
    `insert into qi_measure_value (measure_id, period_start, value)
     select * from unnest($1::int[], $2::date[], $3::numeric[])
     on conflict (measure_id, period_start) do update set value = excluded.value`,
    [column('measureId'), column('periodStart'), column('newValue')],
  );
  await client.query(
    `insert into qi_measure_value_history (measure_id, period_start, old_value, new_value, changed_by, reason)
     select c.measure_id, c.period_start, c.old_value, c.new_value, $1, c.reason
       from unnest($2::int[], $3::date[], $4::numeric[], $5::numeric[], $6::text[]) as c(measure_id, period_start, old_value, new_value, reason)`,
    [changedBy, column('measureId'), column('periodStart'), column('oldValue'), column('newValue'), column('reason')],
  );
}
