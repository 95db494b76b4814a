import DataLoader from 'dataloader';

/**
 * A per-request loader of one row per key. The batch function runs one `= any(?)` query for
 * every key asked for in the same tick, so related records cost one round trip per kind,
 * not one per row.
 */
export function rowLoader<Key extends string, Row>(fetch: (keys: readonly Key[]) => Promise<Row[]>, keyOf: (row: Row) => Key): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null>(async (keys) => {
    const byKey = new Map<Key, Row>();
    for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A per-request loader of every row belonging to each key, e.g. a referral's status history. */
export function groupLoader<Key extends string, Row>(fetch: (keys: readonly Key[]) => Promise<Row[]>, keyOf: (row: Row) => Key): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const groups = new Map<Key, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Loads one required row, failing loudly when the database lost a row a foreign key promised. */
export async function loadRequired<Key, Row>(loader: DataLoader<Key, Row | null>, key: Key, what: string): Promise<Row> {
  const row = await loader.load(key);
  if (!row) throw new Error(`${what} ${String(key)} is missing although a foreign key points at it`);
  return row;
}
