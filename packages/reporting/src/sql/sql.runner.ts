/**
 * The one thing reporting needs from a database: run a parameterised statement ($1, $2, …)
 * and get rows back. Reports depend on this, not on pg or MikroORM, so they stay testable
 * and ORM-free.
 */
export interface SqlRunner {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Anything with pg's `query(text, values)` shape: a pg.Pool, a pg.Client or a pool client. */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export function pgRunner(pool: PgQueryable): SqlRunner {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const result = await pool.query(sql, params);
      return result.rows as T[];
    },
  };
}

interface KnexClientLike {
  acquireConnection(): Promise<PgQueryable>;
  releaseConnection(connection: PgQueryable): Promise<unknown>;
}

/** The part of a MikroORM EntityManager (PostgreSQL driver) the adapter uses. */
export interface MikroOrmEntityManagerLike {
  getConnection(type?: 'read' | 'write'): { getKnex(): { client: KnexClientLike } };
}

/**
 * MikroORM's `execute` inlines `?` placeholders into the SQL text and has no `$n` form, so the
 * adapter borrows a pooled pg connection from the same pool instead and sends the parameters
 * separately, exactly as the pg adapter does. 'read' borrows from the ORM's read replica, when
 * it has one, and from the primary otherwise.
 */
export function mikroOrmRunner(em: MikroOrmEntityManagerLike, type: 'read' | 'write' = 'write'): SqlRunner {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const client = em.getConnection(type).getKnex().client;
      const connection = await client.acquireConnection();
      try {
        const result = await connection.query(sql, params);
        return result.rows as T[];
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}
