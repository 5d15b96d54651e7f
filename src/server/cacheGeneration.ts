import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { processState } from '../processState.js'

/**
 * The generation of what the response cache may serve: an answer read under an older generation is
 * never served. Two counters make it:
 *
 * - a local one, bumped in memory by every write this process sees (one process, any database);
 * - on PostgreSQL, a shared one: one row every app process reads, bumped by every write in the
 *   write's own transaction, so the new value becomes visible exactly when the write commits.
 *
 * Why a row and not LISTEN/NOTIFY: a notification reaches process B some time after process A has
 * answered, so B could still serve the old answer to a client that A had already answered. With the
 * row, B reads the generation before and after producing an answer and keeps the answer only when
 * both match, so an answer that may predate a commit is never kept, and a kept one dies with the
 * next commit. The price is one primary-key read per cached answer. The row's lock serialises
 * writers only between their content write and their commit.
 *
 * The row lives in its own schema, `learning_city`, which Payload's migrations and dev push never
 * look at (they manage `public`). SQLite and MongoDB deployments are one process: no shared part.
 */

const TABLE = 'learning_city.cache_generation'

type Shared = { adapter: PostgresAdapter; ready: Promise<void> }

// Per process, not per module copy: the admin's writes run in Next's bundled copy of the hooks.
const locals = processState('server/cacheGeneration/local', () => new WeakMap<Payload, number>())
const shared = processState(
  'server/cacheGeneration/shared',
  () => new WeakMap<Payload, Shared | null>(),
)

const sharedOf = (payload: Payload): Shared | null => {
  let state = shared.get(payload)
  if (state !== undefined) return state
  state = null
  if (payload.db.name === 'postgres') {
    const adapter = payload.db as unknown as PostgresAdapter
    // Two processes starting at once would race on CREATE ... IF NOT EXISTS; the lock orders them.
    const ready = adapter
      .execute({
        drizzle: adapter.drizzle,
        raw: `BEGIN;
SELECT pg_advisory_xact_lock(4311201);
CREATE SCHEMA IF NOT EXISTS learning_city;
CREATE TABLE IF NOT EXISTS ${TABLE} (id smallint PRIMARY KEY, value bigint NOT NULL);
INSERT INTO ${TABLE} (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
COMMIT;`,
      })
      .then(() => undefined)
    // Not awaited here: keeps an unhandled rejection from crashing before a caller awaits it.
    ready.catch(() => {})
    state = { adapter, ready }
  }
  shared.set(payload, state)
  return state
}

/** Creates the shared row where there is one to create (app start-up; idempotent). */
export const prepareCacheGeneration = async (payload: Payload): Promise<void> => {
  await sharedOf(payload)?.ready
}

/** The generation now: `local:shared` (the shared part is 0 where there is none). */
export const currentGeneration = async (payload: Payload): Promise<string> => {
  const local = locals.get(payload) ?? 0
  const state = sharedOf(payload)
  if (!state) return `${local}:0`
  await state.ready
  const result = await state.adapter.execute({
    drizzle: state.adapter.drizzle,
    raw: `SELECT value FROM ${TABLE} WHERE id = 1`,
  })
  return `${local}:${String(result.rows[0]?.value ?? 0)}`
}

/** This process's cache only (a write seen after its commit, or one that changes no shared data). */
export const bumpLocalGeneration = (payload: Payload): void => {
  locals.set(payload, (locals.get(payload) ?? 0) + 1)
}

/**
 * Every process's cache, from inside the write's transaction when `req` has one (the bump then
 * commits or rolls back with the write), otherwise at once.
 */
export const bumpGeneration = async (payload: Payload, req?: PayloadRequest): Promise<void> => {
  bumpLocalGeneration(payload)
  const state = sharedOf(payload)
  if (!state) return
  await state.ready
  const transaction = req?.transactionID ? await req.transactionID : undefined
  const session = transaction === undefined ? undefined : state.adapter.sessions?.[transaction]
  await state.adapter.execute({
    drizzle: session?.db ?? state.adapter.drizzle,
    raw: `UPDATE ${TABLE} SET value = value + 1 WHERE id = 1`,
  })
}
