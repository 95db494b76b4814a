import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The dashboard talks to the API only through the GraphQL documents in its queries folder;
 * each (query or mutation) must be valid against the committed schema, so an API change that breaks a page
 * fails here rather than in front of a commissioner.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const schema = buildSchema(readFileSync(resolve(repoRoot, 'schema/schema.graphql'), 'utf8'));
const queriesFolder = resolve(repoRoot, 'apps/dashboard/src/lib/queries');
// Fragment files hold no operation; each fragment is validated inside every document that spreads it.
const files = readdirSync(queriesFolder).filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.fragments.ts'));

describe('the dashboard queries', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('in %s are valid against schema/schema.graphql', async (file) => {
    const module = (await import(resolve(queriesFolder, file))) as Record<string, unknown>;
    // graphql() documents are TypedDocumentString objects (String subclasses) carrying their fragments.
    const isDocument = (value: unknown) => typeof value === 'string' || value instanceof String;
    const documents = Object.entries(module).filter(([name, value]) => /_(QUERY|MUTATION)$/.test(name) && isDocument(value));
    expect(documents.length, `${file} exports no *_QUERY document`).toBeGreaterThan(0);
    for (const [name, document] of documents) {
      const errors = validate(schema, parse(String(document))).map((error) => error.message);
      expect(errors, `${file} ${name}`).toEqual([]);
    }
  });
});
