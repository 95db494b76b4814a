import { describe, expect, it } from 'vitest';
import { AuditBatch, type AuditInsert } from './audit.batch.js';

const entry = (actor: string): AuditInsert => ({ userId: 1, actor, action: 'records.read', operation: null, detail: '{}', rowCount: 1 });

describe('writing record-read audit entries together', () => {
  it('writes the entries of requests that arrive together in one statement, and answers each once it is written', async () => {
    const statements: string[][] = [];
    const batch = new AuditBatch(async (rows) => {
      statements.push(rows.map((row) => row.actor));
    });
    await Promise.all(['a', 'b', 'c'].map((actor) => batch.write(entry(actor))));
    expect(statements).toEqual([['a', 'b', 'c']]);
  });

  it('puts entries that arrive while a statement runs into the next one', async () => {
    const statements: string[][] = [];
    let release!: () => void;
    const firstHeld = new Promise<void>((resolve) => (release = resolve));
    const batch = new AuditBatch(async (rows) => {
      statements.push(rows.map((row) => row.actor));
      if (statements.length === 1) await firstHeld;
    });
    const first = batch.write(entry('a'));
    await new Promise((resolve) => setImmediate(resolve));
    const later = [batch.write(entry('b')), batch.write(entry('c'))];
    release();
    await Promise.all([first, ...later]);
    expect(statements).toEqual([['a'], ['b', 'c']]);
  });

  it('fails only the request whose entry cannot be written: a failed statement is retried entry by entry', async () => {
    const written: string[] = [];
    const batch = new AuditBatch(async (rows) => {
      if (rows.some((row) => row.actor === 'bad')) throw new Error('audit_log refused the row');
      written.push(...rows.map((row) => row.actor));
    });
    const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map((actor) => batch.write(entry(actor))));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('audit_log refused the row'));
    expect(written.sort()).toEqual(['a', 'c']);
  });
});
