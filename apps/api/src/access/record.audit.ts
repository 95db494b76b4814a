import type { RecordReadTrail } from './audit.log.js';

/**
 * Wraps a record repository so that every query it answers is noted for the audit log with
 * its row count and filter. Wrapping the repository, not the resolvers, means lists, totals,
 * lookups by id and batched field loads are all counted, whichever resolver asked.
 */
export function auditedReads<T extends object>(repository: T, what: string, trail: RecordReadTrail): T {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result = (await (value as (...a: unknown[]) => unknown).apply(target, args)) as unknown;
        trail.note(`${what}.${String(property)}`, rowsIn(result), filterIn(args));
        return result;
      };
    },
  });
}

function rowsIn(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  if (result && typeof result === 'object' && Array.isArray((result as { rows?: unknown }).rows)) return (result as { rows: unknown[] }).rows.length;
  return 0;
}

/** The first argument when it is a filter object; ids are counted, not listed. */
function filterIn(args: unknown[]): unknown {
  const [first] = args;
  if (Array.isArray(first)) return { ids: first.length };
  return first && typeof first === 'object' ? first : undefined;
}
