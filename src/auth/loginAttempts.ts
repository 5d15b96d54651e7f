import crypto from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'

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
  db: { collection: (name: string) => TurnCollection }
}
type TurnCollection = {
  insertOne: (doc: { _id: string; by: string; until: Date }) => Promise<unknown>
  deleteOne: (filter: object) => Promise<unknown>
}

/** One document per account being counted, outside Payload's collections. */
const COUNTING_TURNS = 'login_attempt_turns'
/** How long a turn is held at most: a process that dies holding one frees it after this. */
const TURN_MS = 2_000
/** How long an attempt waits for its turn before it is refused as part of a flood. */
const WAIT_MS = 10_000

/**
 * Takes the account's counting turn: an insert under its id, which a unique `_id` lets only one
 * attempt win, in any process. FerretDB v1's `findAndModify` reads and then writes without a lock
 * (internal/handler/msg_findandmodify.go), so parallel `$inc`s there lose counts; MongoDB's are
 * atomic, and the turn costs it two small writes. Answers false when no turn came in time.
 */
const takeTurn = async (turns: TurnCollection, key: string, by: string): Promise<boolean> => {
  const giveUp = Date.now() + WAIT_MS
  for (let wait = 2; Date.now() < giveUp; wait = Math.min(wait * 2, 50)) {
    try {
      await turns.insertOne({ _id: key, by, until: new Date(Date.now() + TURN_MS) })
      return true
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err
      await turns.deleteOne({ _id: key, until: { $lt: new Date() } })
      await delay(wait * (0.5 + Math.random()))
    }
  }
  return false
}

const mongoCounter = (model: MongoModel): Counter => {
  const turns = model.db.collection(COUNTING_TURNS)
  return {
    count: async (id, now) => {
      const key = String(id)
      const by = crypto.randomUUID()
      // An attempt that waited past WAIT_MS is counted as one beyond every limit.
      if (!(await takeTurn(turns, key, by))) return { attempts: Infinity, lockUntil: null }
      try {
        await model.updateOne(
          { _id: id, lockUntil: { $ne: null, $lte: now } },
          { $set: { loginAttempts: 0, lockUntil: null } },
        )
        // No projection: FerretDB v1 refuses one on findAndModify (src/mongodb/server.ts).
        const doc = await model.findOneAndUpdate(
          { _id: id },
          { $inc: { loginAttempts: 1 } },
          { new: true, lean: true },
        )
        return { attempts: doc?.loginAttempts ?? 0, lockUntil: toDate(doc?.lockUntil) }
      } finally {
        // Only one's own turn: after TURN_MS another attempt may hold the key.
        await turns.deleteOne({ _id: key, by })
      }
    },
    lock: async (id, until, now) => {
      await model.updateOne(
        { _id: id, $or: [{ lockUntil: null }, { lockUntil: { $lte: now } }] },
        { $set: { lockUntil: until } },
      )
    },
  }
}

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
