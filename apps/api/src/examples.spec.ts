import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openOrm, type Orm } from '@hub/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type HubServer } from './server.js';
import { viewerAs } from './testing/viewers.js';

const EXAMPLES_DIR = fileURLToPath(new URL('../../../schema/examples/', import.meta.url));
const examples = readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort();

// The examples run against the seeded synthetic town with its rollups built, as an analyst
// (aggregates under disclosure control, no records) would see it (testing/seeded.setup.ts).
let orm: Orm;
let server: HubServer;

beforeAll(async () => {
  orm = await openOrm(inject('seededDatabaseUrl'));
  server = createServer({ orm });
});

afterAll(async () => {
  await server?.stop();
  await orm?.close(true);
});

describe('schema/examples', () => {
  it('holds 4 to 8 example queries, each opening with a comment that explains it', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(examples.length).toBeLessThanOrEqual(8);
    for (const file of examples) expect(readFileSync(join(EXAMPLES_DIR, file), 'utf8'), file).toMatch(/^# \S/);
  });

  it.each(examples)('%s runs without errors and returns data for every field', async (file) => {
    const query = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
    const response = await server.executeOperation({ query }, { contextValue: server.createContext(await viewerAs(orm, roleFor(query))) });
    if (response.body.kind !== 'single') throw new Error('Expected a single result');
    const { data, errors } = response.body.singleResult;
    expect(errors).toBeUndefined();
    expect(emptyFields(data ?? {})).toEqual([]);
  });
});

/** An example that says it needs record-level access runs as an analyst granted it; the rest as a plain analyst. */
function roleFor(query: string) {
  return /Needs record-level access/.test(query) ? { role: 'analyst' as const, name: 'record-analyst', recordAccess: true } : 'analyst';
}

/** Top-level fields that came back null, as an empty list, or as a page with no rows. */
function emptyFields(data: Record<string, unknown>): string[] {
  return Object.entries(data)
    .filter(([, value]) => {
      if (value === null || value === undefined) return true;
      if (Array.isArray(value)) return value.length === 0;
      const edges = (value as { edges?: unknown[] }).edges;
      return Array.isArray(edges) && edges.length === 0;
    })
    .map(([field]) => field);
}
