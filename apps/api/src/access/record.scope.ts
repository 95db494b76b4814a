import { SqlConditions } from '../common/sql.client.js';
import type { Reach } from './access.policy.js';

/** How each record table reaches a referral's programme, which is what scopes are made of. */
const REACH_CLAUSES = {
  referral: (alias: string) => `${alias}.programme_id = any(?::int[])`,
  person: (alias: string) => `${alias}.id in (select person_id from referral where programme_id = any(?::int[]))`,
  byReferral: (alias: string) => `${alias}.referral_id in (select id from referral where programme_id = any(?::int[]))`,
} as const;

/**
 * The records a request may read, applied inside every record repository's SQL: a page, a
 * count, a lookup by id and a batched lookup all carry the same clause, so no resolver,
 * field or list total can reach a record outside it.
 */
export class RecordScope {
  static readonly ALL = new RecordScope('all');

  constructor(readonly programmes: Reach) {}

  /** Adds the scope's clause to `where` for a table reached the given way. */
  limit(where: SqlConditions, table: keyof typeof REACH_CLAUSES, alias: string): SqlConditions {
    if (this.programmes === 'all') return where;
    return where.add(REACH_CLAUSES[table](alias), [...this.programmes]);
  }

  /** A fresh condition list holding only the scope's clause. */
  where(table: keyof typeof REACH_CLAUSES, alias: string): SqlConditions {
    return this.limit(new SqlConditions(), table, alias);
  }
}
