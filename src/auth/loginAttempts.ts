import crypto from 'node:crypto'

import type { Payload } from 'payload'

/*
 * Failed sign-ins counted in the database, one atomic statement per attempt, so that parallel
 * requests and several processes see one count. Payload 3.90.2 counts too, but its
 * incrementLoginAttempts writes back the user record it read before the password check when the
 * account has sessions (`data: user` in its session-pruning branch): that stale record carries
 * `lockUntil: null` and the old count, so the fifth parallel failure locks the account and the
 * same request unlocks it again. Upstream note: that branch should write only
 * `{ sessions, updatedAt }`. Here, failures never reach that code (src/hooks/gateLogin.ts).
 */

/** The salt of the stand-in hash that refusals run, so that they cost what a real check costs. */
export const STAND_IN_SALT = 'learning-city-stand-in-salt'

// Payload 3.90.2's parameters: `pbkdf2-sha256-v1:` hashes, else its legacy 25 000 / 512.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )

/** Whether `password` matches a stored Payload hash and salt (as Payload's own check decides). */
export const passwordMatches = async (
  stored: Record<string, unknown>,
  password: string,
): Promise<boolean> => {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const actual = await pbkdf2(password, salt, iterations, keyLength)
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

/** The work of one password check against nothing: unknown emails and locked accounts. */
export const standInCheck = async (password: string): Promise<void> => {
  await pbkdf2(password, STAND_IN_SALT, CURRENT.iterations, CURRENT.keyLength)
}

export type AttemptCount = { attempts: number; lockUntil: Date | null }

type Counter = {
  /** Clears an expired lock, then adds one attempt and answers the new count. */
  count: (id: number | string, now: Date) => Promise<AttemptCount>
  /** Locks until `until` unless a lock is already running. */
  lock: (id: number | string, until: Date, now: Date) => Promise<void>
}

const toDate = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string | Date)

type DrizzleAdapter = {
  name: 'sqlite' | 'postgres'
  drizzle: any // eslint-disable-line @typescript-eslint/no-explicit-any -- dialect-specific
  tables: Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
  tableNameMap: Map<string, string>
}

const drizzleCounter = async (adapter: DrizzleAdapter, slug: string): Promise<Counter> => {
  const { and, eq, isNotNull, lte, or, isNull, sql } =
    adapter.name === 'sqlite'
      ? await import('@payloadcms/db-sqlite/drizzle')
      : await import('@payloadcms/db-postgres/drizzle')
  const table = adapter.tables[adapter.tableNameMap.get(slug.replace(/-/g, '_')) ?? slug]
  // The root connection, never a request's transaction: the count must be seen at once by all.
  const db = adapter.drizzle
  return {
    count: async (id, now) => {
      await db
        .update(table)
        .set({ loginAttempts: 0, lockUntil: null })
        .where(
          and(
            eq(table.id, id),
            isNotNull(table.lockUntil),
            lte(table.lockUntil, now.toISOString()),
          ),
        )
      const [row] = await db
        .update(table)
        .set({ loginAttempts: sql`coalesce(${table.loginAttempts}, 0) + 1` })
        .where(eq(table.id, id))
        .returning({ attempts: table.loginAttempts, lockUntil: table.lockUntil })
      return { attempts: Number(row?.attempts ?? 0), lockUntil: toDate(row?.lockUntil) }
    },
    lock: async (id, until, now) => {
      await db
        .update(table)
        .set({ lockUntil: until.toISOString() })
        .where(
          and(
            eq(table.id, id),
            or(isNull(table.lockUntil), lte(table.lockUntil, now.toISOString())),
          ),
        )
    },
  }
}

type MongoModel = {
  updateOne: (filter: object, update: object) => Promise<unknown>
  findOneAndUpdate: (
    filter: object,
    update: object,
    options: object,
  ) => Promise<{ loginAttempts?: number; lockUntil?: Date | null } | null>
}

const mongoCounter = (model: MongoModel): Counter => ({
  count: async (id, now) => {
    await model.updateOne(
      { _id: id, lockUntil: { $ne: null, $lte: now } },
      { $set: { loginAttempts: 0, lockUntil: null } },
    )
    const doc = await model.findOneAndUpdate(
      { _id: id },
      { $inc: { loginAttempts: 1 } },
      { new: true, lean: true, projection: { loginAttempts: 1, lockUntil: 1 } },
    )
    return { attempts: doc?.loginAttempts ?? 0, lockUntil: toDate(doc?.lockUntil) }
  },
  lock: async (id, until, now) => {
    await model.updateOne(
      { _id: id, $or: [{ lockUntil: null }, { lockUntil: { $lte: now } }] },
      { $set: { lockUntil: until } },
    )
  },
})

const counters = new WeakMap<Payload, Map<string, Promise<Counter>>>()

/** The attempt counter of an auth collection, for whichever database Payload runs on. */
export const attemptCounter = (payload: Payload, slug: string): Promise<Counter> => {
  const perPayload = counters.get(payload) ?? new Map<string, Promise<Counter>>()
  counters.set(payload, perPayload)
  let counter = perPayload.get(slug)
  if (!counter) {
    const db = payload.db as unknown as { name: string; collections?: Record<string, MongoModel> }
    counter =
      db.name === 'mongoose'
        ? Promise.resolve(mongoCounter(db.collections![slug]!))
        : drizzleCounter(payload.db as unknown as DrizzleAdapter, slug)
    perPayload.set(slug, counter)
  }
  return counter
}
