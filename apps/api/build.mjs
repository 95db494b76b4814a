// Compiles the API and the workspace packages it uses into one file, dist/main.js, for
// `npm run serve`: Node then runs JavaScript it need not translate at each start, without
// tsx's loader thread and its copies of every source (the API's resident memory, README:
// "Running the API on its own"). Packages from node_modules stay outside the bundle and load as
// they are; only the hub's own TypeScript is compiled.
import { build } from 'esbuild';
import { resolve } from 'node:path';

const here = import.meta.dirname;

/** Every bare import is left to Node except the hub's own workspace packages (@hub/…). */
const ownPackagesOnly = {
  name: 'own-packages-only',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@hub/') ? undefined : { path: args.path, external: true }));
  },
};

await build({
  entryPoints: [resolve(here, 'src/main.ts')],
  outfile: resolve(here, 'dist/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The legacy decorators type-graphql and MikroORM read, as tsx compiles them in development.
  tsconfig: resolve(here, '../../packages/tsconfig/run.json'),
  // GraphQL type names and MikroORM entity names come from class names: keep them.
  keepNames: true,
  sourcemap: true,
  logLevel: 'warning',
  plugins: [ownPackagesOnly],
});
