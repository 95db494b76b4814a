import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimitRules } from './query.limits.js';
import { DEFAULT_LIMITS } from './request.limits.js';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const schema = buildSchema(readFileSync(resolve(repoRoot, 'schema/schema.graphql'), 'utf8'));
const queriesFolder = resolve(repoRoot, 'apps/dashboard/src/lib/queries');
const examplesFolder = resolve(repoRoot, 'schema/examples');

/** Every document the dashboard sends and every schema example, by name. */
async function ownDocuments(): Promise<[string, string][]> {
  const documents: [string, string][] = [];
  for (const file of readdirSync(queriesFolder).filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))) {
    const module = (await import(resolve(queriesFolder, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (name.endsWith('_QUERY') && value instanceof String) documents.push([`${file} ${name}`, String(value)]);
  }
  for (const file of readdirSync(examplesFolder).filter((name) => name.endsWith('.graphql'))) {
    documents.push([file, readFileSync(resolve(examplesFolder, file), 'utf8')]);
  }
  return documents;
}

const limitErrors = (query: string) => validate(schema, parse(query, { maxTokens: DEFAULT_LIMITS.tokens }), queryLimitRules(DEFAULT_LIMITS));

describe('the query limits', () => {
  it('pass every dashboard query and schema example', async () => {
    const documents = await ownDocuments();
    expect(documents.length).toBeGreaterThan(20);
    for (const [name, document] of documents)
      expect(
        limitErrors(document).map((error) => error.message),
        name,
      ).toEqual([]);
  });

  it('refuse nesting through back-references past the depth limit, naming it', () => {
    let selection = 'name';
    for (let level = 0; level < 7; level++) selection = level % 2 ? `contract { ${selection} }` : `kpis { ${selection} }`;
    const [error] = limitErrors(`{ contracts { ${selection} } }`);
    expect(error?.message).toBe('Query depth 9 exceeds the limit of 7.');
    expect(error?.extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuse more aliases than the limit', () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: programmes { code }`).join(' ');
    const [error] = limitErrors(`{ ${aliases} }`);
    expect(error?.message).toBe('Query has 21 aliases, more than the limit of 20.');
    expect(error?.extensions.code).toBe('TOO_MANY_ALIASES');
  });

  it('refuse more directives than the limit', () => {
    const fields = Array.from({ length: 21 }, () => 'code @include(if: true)').join(' ');
    expect(limitErrors(`{ programmes { ${fields} } }`)[0]?.extensions.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('refuse a costly query: big pages of nested lists', () => {
    const [error] = limitErrors(
      '{ referrals(first: 500) { edges { node { attendance { sessionOn } outcomes { id } statusHistory { status } person { id } } } } }',
    );
    expect(error?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(error?.message).toMatch(/exceeds the limit of 20000/);
  });

  it('refuse a NUL character in a string literal, naming the argument', () => {
    const [error] = limitErrors('{ referrals(after: "a\\u0000b") { totalCount } }');
    expect(error?.message).toMatch(/"after"/);
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuse a subscription, which this API has none of', () => {
    expect(limitErrors('subscription { x }').map((error) => error.message)).toContain('This API has no subscription operations; send a query or a mutation.');
  });
});
