import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from './bench.process.js';

/**
 * The schema PostGraphile serves: one plain view per relation it may read, and nothing else. A
 * view that only selects from one relation is expanded in place by PostgreSQL's planner, so
 * PostGraphile's queries use the rollups' own indexes, exactly as the hub's do. Smart comments
 * give the views the keys and relations PostGraphile cannot see through a view.
 */
const SCHEMA = 'postgraphile_bench';
const ROLLUPS = ['referral_fact', 'outcome_pair', 'referral_month', 'outcome_month', 'outcome_value_month', 'kpi_month', 'kpi_wait'];
const VIEWS_SQL = `
  drop schema if exists ${SCHEMA} cascade;
  create schema ${SCHEMA};
  ${ROLLUPS.map((rollup) => `create view ${SCHEMA}.${rollup} as select * from ${rollup};`).join('\n  ')}
  create view ${SCHEMA}.programme as select id, code, name, service_id from programme;
  create view ${SCHEMA}.person as select id, birth_year, sex, ethnic_code, ward_code, deprivation_decile from person;
  create view ${SCHEMA}.referral as select id, person_id, programme_id, source_code, received_on, status, started_on, ended_on from referral;
  create view ${SCHEMA}.referral_status_event as select referral_id, status, occurred_on from referral_status_event;
  comment on view ${SCHEMA}.programme is '@primaryKey id';
  comment on view ${SCHEMA}.person is '@primaryKey id';
  comment on view ${SCHEMA}.referral is E'@primaryKey id\\n@foreignKey (person_id) references ${SCHEMA}.person (id)\\n@foreignKey (programme_id) references ${SCHEMA}.programme (id)';
  comment on view ${SCHEMA}.referral_status_event is E'@primaryKey referral_id,status\\n@foreignKey (referral_id) references ${SCHEMA}.referral (id)';`;

/** Makes the views, starts PostGraphile on a free port with a Node it runs on, and on stop removes both. */
export async function startPostGraphile(databaseUrl: string): Promise<ServerProcess> {
  await runSql(databaseUrl, VIEWS_SQL);
  const dropViews = () => runSql(databaseUrl, `drop schema if exists ${SCHEMA} cascade`);
  try {
    const server = await startServerProcess('PostGraphile', nodeForPostGraphile(), [resolve(import.meta.dirname, 'postgraphile.server.ts')], {
      DATABASE_URL: databaseUrl,
      POSTGRAPHILE_SCHEMA: SCHEMA,
      NODE_NO_WARNINGS: '1',
    });
    return { url: server.url, stop: () => server.stop().then(dropViews) };
  } catch (error) {
    await dropViews();
    throw error;
  }
}

/** This process's Node when it is 22 or newer, else the Node 24 the project carries as a dev dependency. */
function nodeForPostGraphile(): string {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const carried = resolve(import.meta.dirname, '../../node_modules/.bin/node');
  if (!existsSync(carried))
    throw new Error(`PostGraphile 5 needs Node 22 or newer: this is Node ${process.versions.node} and ${carried} is missing (run npm ci)`);
  return carried;
}

async function runSql(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
