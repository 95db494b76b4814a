// PostGraphile 5 for the side-by-side benchmark (compare.bench.ts), run in a child process
// because PostGraphile 5 needs Node 22 or newer. Node runs this file as it is (type stripping),
// so it imports packages only. It serves the views of one schema (postgraphile.process.ts makes
// them) with aggregates and the connection filter, and prints `ready <url>` once its schema is built and it listens.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const connectionString = process.env.DATABASE_URL;
const schema = process.env.POSTGRAPHILE_SCHEMA;
if (!connectionString || !schema) throw new Error('postgraphile.server.ts needs DATABASE_URL and POSTGRAPHILE_SCHEMA');

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PgAggregatesPreset, PostGraphileConnectionFilterPreset],
  // The same pool size as the hub's API (packages/db/src/orm.config.ts), so neither has more connections.
  pgServices: [makePgService({ connectionString, schemas: [schema], poolConfig: { max: 10 } })],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
// Introspect and build the schema now, so that the first timed request does not pay for it.
await pgl.getSchema();
const http = createServer();
await pgl.createServ(grafserv).addTo(http);
http.listen(0, '127.0.0.1', () => {
  const { port } = http.address() as AddressInfo;
  console.log(`ready http://127.0.0.1:${port}/graphql`);
});

process.on('SIGTERM', async () => {
  http.close();
  http.closeAllConnections();
  await pgl.release();
  process.exit(0);
});
