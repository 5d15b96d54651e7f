import type { sql as Sql } from '@payloadcms/db-postgres/drizzle'
import type { IncrementResponse, Options, Store } from 'express-rate-limit'
import type { Payload } from 'payload'

import { sharedTables } from './sharedTables.js'

/**
 * express-rate-limit's counters in PostgreSQL, so that the per-IP budget is one budget however many
 * app processes share the database (its memory store would give each process a budget of its own).
 * One atomic upsert per counted request: a window that has run out starts again at 1.
 * `prefix` keeps the REST and GraphQL budgets apart.
 */
export class PostgresRateLimitStore implements Store {
  readonly localKeys = false
  private windowMs = 60_000

  constructor(
    private readonly payload: Payload,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs
  }

  /** Loaded here, not at import: the SQLite default never loads the PostgreSQL driver. */
  private async run(statement: (sql: typeof Sql) => ReturnType<typeof Sql>) {
    const [adapter, { sql }] = await Promise.all([
      sharedTables(this.payload)!,
      import('@payloadcms/db-postgres/drizzle'),
    ])
    return adapter.drizzle.execute(statement(sql))
  }

  async increment(key: string): Promise<IncrementResponse> {
    const id = this.prefix + key
    const result = await this.run(
      (sql) => sql`
      INSERT INTO learning_city.rate_limits AS r (key, hits, reset_at)
      VALUES (${id}, 1, now() + ${this.windowMs} * interval '1 millisecond')
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN r.reset_at <= now() THEN 1 ELSE r.hits + 1 END,
        reset_at = CASE WHEN r.reset_at <= now() THEN EXCLUDED.reset_at ELSE r.reset_at END
      RETURNING hits, reset_at`,
    )
    const row = result.rows[0] as { hits: number; reset_at: string | Date }
    return { totalHits: Number(row.hits), resetTime: new Date(row.reset_at) }
  }

  async decrement(key: string): Promise<void> {
    await this.run(
      (sql) => sql`UPDATE learning_city.rate_limits SET hits = GREATEST(hits - 1, 0)
      WHERE key = ${this.prefix + key} AND reset_at > now()`,
    )
  }

  async resetKey(key: string): Promise<void> {
    await this.run(
      (sql) => sql`DELETE FROM learning_city.rate_limits WHERE key = ${this.prefix + key}`,
    )
  }
}

/** The shared store on PostgreSQL; undefined elsewhere (one process: the memory store is exact). */
export const sharedRateLimitStore = (payload: Payload, prefix: string): Store | undefined =>
  payload.db.name === 'postgres' ? new PostgresRateLimitStore(payload, prefix) : undefined
