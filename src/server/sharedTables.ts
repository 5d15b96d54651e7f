import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { processState } from '../processState.js'

/**
 * State that every app process on one PostgreSQL database must share (the response cache's
 * generation, the auth rate limiter's counters) lives in its own schema, `learning_city`, which
 * Payload's migrations and dev push never look at (they manage `public`). Created on first use in
 * each process; SQLite and MongoDB deployments are one process and need none of it.
 */
const DDL = `BEGIN;
SELECT pg_advisory_xact_lock(4311201);
CREATE SCHEMA IF NOT EXISTS learning_city;
CREATE TABLE IF NOT EXISTS learning_city.cache_generation (id smallint PRIMARY KEY, value bigint NOT NULL);
INSERT INTO learning_city.cache_generation (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
CREATE TABLE IF NOT EXISTS learning_city.rate_limits (key text PRIMARY KEY, hits integer NOT NULL, reset_at timestamptz NOT NULL);
DELETE FROM learning_city.rate_limits WHERE reset_at < now();
COMMIT;`

// Per process, not per module copy (Next's bundled hooks write too).
const ready = processState(
  'server/sharedTables',
  () => new WeakMap<Payload, Promise<PostgresAdapter> | null>(),
)

/** The PostgreSQL adapter once the shared tables exist; null on other databases. */
export const sharedTables = (payload: Payload): Promise<PostgresAdapter> | null => {
  let state = ready.get(payload)
  if (state !== undefined) return state
  state = null
  if (payload.db.name === 'postgres') {
    const adapter = payload.db as unknown as PostgresAdapter
    // The advisory lock orders two processes starting at once (CREATE … IF NOT EXISTS can race).
    state = adapter.execute({ drizzle: adapter.drizzle, raw: DDL }).then(() => adapter)
    // Awaited by every caller; this only keeps a failure from being reported as unhandled first.
    state.catch(() => {})
  }
  ready.set(payload, state)
  return state
}
