import type { Orm } from '@hub/db';
import { describe, expect, it } from 'vitest';
import { createContext } from './hub.context.js';

// Creating a context touches no database: the fork and the runner connect on first use.
const orm = { em: { fork: () => ({}) } } as unknown as Orm;

describe('createContext', () => {
  it('withholds small counts for every request unless told otherwise', () => {
    expect(createContext(orm).disclosure).toEqual({ suppressSmallCounts: true });
    expect(createContext(orm, { disclosure: { suppressSmallCounts: false } }).disclosure).toEqual({ suppressSmallCounts: false });
  });

  it('gives each request its own analytics services', () => {
    const first = createContext(orm).services.analytics;
    expect(Object.keys(first).sort()).toEqual(['aggregate', 'kpis', 'outcomes', 'spc', 'uptake']);
    expect(createContext(orm).services.analytics.outcomes).not.toBe(first.outcomes);
  });
});
