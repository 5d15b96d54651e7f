import type { Payload, PayloadRequest } from 'payload'

import { processState } from '../processState.js'
import { sharedTables } from './sharedTables.js'

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
 * The row is in the `learning_city` schema (src/server/sharedTables.ts). SQLite and MongoDB
 * deployments are one process: no shared part.
 */

const TABLE = 'learning_city.cache_generation'

// Per process, not per module copy: the admin's writes run in Next's bundled copy of the hooks.
const locals = processState('server/cacheGeneration/local', () => new WeakMap<Payload, number>())

/** The generation now: `local:shared` (the shared part is 0 where there is none). */
export const currentGeneration = async (payload: Payload): Promise<string> => {
  const local = locals.get(payload) ?? 0
  const shared = sharedTables(payload)
  if (!shared) return `${local}:0`
  const adapter = await shared
  const result = await adapter.execute({
    drizzle: adapter.drizzle,
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
  const shared = sharedTables(payload)
  if (!shared) return
  const adapter = await shared
  const transaction = req?.transactionID ? await req.transactionID : undefined
  const session = transaction === undefined ? undefined : adapter.sessions?.[transaction]
  await adapter.execute({
    drizzle: session?.db ?? adapter.drizzle,
    raw: `UPDATE ${TABLE} SET value = value + 1 WHERE id = 1`,
  })
}
