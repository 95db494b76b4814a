// The hub's API alone, in a process of its own for the side-by-side benchmark (compare.bench.ts),
// as PostGraphile is: started by tsx with the environment the benchmark gives it (DATABASE_URL,
// and the result-cache setting), it prints `ready <url>` once it listens.
import { apiOrmOptions, startApi } from '@hub/api';
import { openOrm } from '@hub/db';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('hub.server.ts needs DATABASE_URL');
const orm = await openOrm(databaseUrl, apiOrmOptions());
const api = await startApi({ orm, port: 0 });
console.log(`ready ${api.url}`);

process.on('SIGTERM', () => {
  void api
    .stop()
    .then(() => orm.close(true))
    .then(() => process.exit(0));
});
