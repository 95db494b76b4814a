import type pg from 'pg';

/** Each reporting rollup's row count and a digest of its rows in a fixed order, to compare two states of them. */
export async function rollupDigests(client: pg.Client): Promise<Record<string, string>> {
  const views = (await client.query<{ name: string }>(`select matviewname as name from pg_matviews where schemaname = current_schema() order by 1`)).rows;
  const result: Record<string, string> = {};
  for (const { name } of views) {
    const { rows } = await client.query<{ digest: string }>(
      `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${name} t`,
    );
    result[name] = rows[0]!.digest;
  }
  return result;
}

/** The file each rollup's rows are in: a plain REFRESH writes a new one, so an unchanged file means the rollup was not rebuilt. */
export async function rollupFiles(client: pg.Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ name: string; file: string }>(
    `select matviewname as name, pg_relation_filenode(format('%I', matviewname)::regclass)::text as file from pg_matviews where schemaname = current_schema()`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.file]));
}
