import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, buildSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshSignIn, tokenFor } from '../support/accounts.js';
import { startApiProcess, type ApiProcess } from '../support/api.process.js';
import { freePort } from '../support/free.port.js';
import { dataOf, postGraphQL } from '../support/graphql.client.js';

/**
 * Two API processes on one database, as a deployment that scales out runs them: the hub the
 * global setup launched (A) and one more API process started here (B). Nothing a request
 * depends on may live in one process only: sessions, data and writes go through PostgreSQL.
 * B is the compiled API (`npm run build -w @hub/api`, run as `npm run serve` runs it), built
 * afresh here, so the same answers also prove the build serves what the sources do.
 */
const REPO_ROOT = resolve(import.meta.dirname, '../..');
let second: ApiProcess | undefined;
const throughA = <T>(query: string, variables: Record<string, unknown>, token: string) => postGraphQL<T>(inject('apiUrl'), query, variables, { token });
const throughB = <T>(query: string, variables: Record<string, unknown>, token: string) => postGraphQL<T>(second!.url, query, variables, { token });

beforeAll(async () => {
  execFileSync(process.execPath, ['apps/api/build.mjs'], { cwd: REPO_ROOT, stdio: 'pipe' });
  second = await startApiProcess({ databaseUrl: inject('databaseUrl'), port: await freePort(), compiled: true });
});
afterAll(() => second?.stop());

const ME = '{ me { id role } }';
const recordAnalyst = () => tokenFor({ role: 'analyst', name: 'analyst with records', recordAccess: true });

describe('two API processes on one database', () => {
  it('share sessions: a sign-in through A works through B, and signing out through A ends it in B', async () => {
    const token = await freshSignIn('analyst');
    const me = dataOf(await throughA<{ me: { id: string } }>(ME, {}, token)).me;
    expect(dataOf(await throughB(ME, {}, token))).toEqual({ me: { id: me.id, role: 'ANALYST' } });
    expect(await throughA(`mutation { signOut }`, {}, token)).toEqual({ data: { signOut: true } });
    // A is sure at once; B keeps sign-ins in memory and drops them when PostgreSQL tells it of the
    // sign-out, a moment after the commit (docs/methods.md, "Caching"), well within the 10 s.
    expect(await throughA(ME, {}, token)).toEqual({ data: { me: null } });
    const started = Date.now();
    let answer = await throughB(ME, {}, token);
    while (JSON.stringify(answer) !== JSON.stringify({ data: { me: null } }) && Date.now() - started < 10_000) answer = await throughB(ME, {}, token);
    expect(answer).toEqual({ data: { me: null } });
  });

  it.each([
    ['referrals per month', '{ referralsPerMonth { month count } }'],
    [
      'referrals by ethnic group',
      '{ aggregate(measures: [REFERRALS], dimensions: [ETHNIC_GROUP]) { rows { dimensions { key } values { value } } totals { value } } }',
    ],
    ['uptake by ward', '{ uptake(dimension: WARD) { groups { key representationRatio referralRate { ratePer1000 } } } }'],
    ['outcome headlines', '{ outcomeSummary { headlines { key estimate lower upper pairs } } }'],
    ['a page of referrals', '{ referrals(first: 20) { totalCount edges { node { id status receivedOn programme { name } } } } }'],
  ])('answer %s identically', async (_name, query) => {
    const token = await recordAnalyst();
    const [a, b] = await Promise.all([throughA(query, {}, token), throughB(query, {}, token)]);
    expect(a.errors).toBeUndefined();
    // Something to compare: an empty answer from both would prove nothing.
    expect(JSON.stringify(a.data).length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });

  it('serve the committed schema: the compiled API keeps every type and field name the sources give', async () => {
    const introspection = dataOf(
      await throughB<IntrospectionQuery>(
        getIntrospectionQuery({ specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }),
        {},
        await tokenFor('analyst'),
      ),
    );
    const served = printSchema(lexicographicSortSchema(buildClientSchema(introspection)));
    const committed = printSchema(lexicographicSortSchema(buildSchema(readFileSync(resolve(REPO_ROOT, 'schema/schema.graphql'), 'utf8'))));
    expect(served).toBe(committed);
  });

  it('see a QI annotation added through A through B within 10 s', async () => {
    const token = await tokenFor('admin');
    const [project] = dataOf(await throughA<{ qiProjects: { id: string }[] }>('{ qiProjects { id } }', {}, token)).qiProjects;
    const text = `Scale-out check ${Date.now()}`;
    const added = await throughA<{ addQiAnnotation: { id: string } }>(
      'mutation ($projectId: ID!, $input: QiAnnotationInput!) { addQiAnnotation(projectId: $projectId, input: $input) { id } }',
      { projectId: project!.id, input: { notedOn: '2024-01-15', text } },
      token,
    );
    const { id } = dataOf(added).addQiAnnotation;
    try {
      const started = Date.now();
      const seenThroughB = async () => {
        const answer = await throughB<{ qiProject: { annotations: { id: string; text: string }[] } }>(
          'query ($id: ID!) { qiProject(id: $id) { annotations { id text } } }',
          { id: project!.id },
          token,
        );
        return dataOf(answer).qiProject.annotations.some((annotation) => annotation.id === id && annotation.text === text);
      };
      while (!(await seenThroughB()) && Date.now() - started < 10_000) await new Promise((done) => setTimeout(done, 100));
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await seenThroughB()).toBe(true);
    } finally {
      await throughA('mutation ($id: ID!) { deleteQiAnnotation(id: $id) }', { id }, token);
    }
  });
});
