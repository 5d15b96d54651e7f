import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { processState } from '../processState.js'
import { documentIds } from './document.js'
import { engineFor } from './engine.js'
import { isContentCollection, loadDocuments } from './load.js'

const OUTBOX = 'search-outbox' as const
const WORKER_ID = `${process.pid}-${randomUUID().slice(0, 8)}`
/** A claim older than this is considered abandoned (its worker died) and may be taken again. */
const CLAIM_MS = 60_000
const MAX_BACKOFF_MS = 5 * 60_000

type OutboxRow = {
  id: number | string
  itemCollection: string
  itemId: string
  attempts?: number | null
  createdAt?: string
}

/** Retry delay after the n-th failure: 1 s, 2 s, 4 s … capped at five minutes. */
export const backoffMs = (attempts: number): number =>
  Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1))

type TransactionId = string | number

/** Per Payload instance: transactions that wrote outbox rows, whose commit must wake the worker. */
const awaitingCommit = processState(
  'search/outbox#awaitingCommit',
  () => new WeakMap<Payload, Set<TransactionId>>(),
)

/**
 * The worker cannot see a row before its transaction commits, and Payload has no after-commit hook,
 * so the adapter's commit is wrapped once: when a transaction that wrote outbox rows commits, this
 * process's worker is woken at once (other processes' workers find the row on their next poll).
 */
const watchCommits = (payload: Payload): Set<TransactionId> => {
  const waiting = awaitingCommit.get(payload)
  if (waiting) return waiting
  const pending = new Set<TransactionId>()
  awaitingCommit.set(payload, pending)
  const db = payload.db
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const resolved = id instanceof Promise ? await id : id
    await commit(id)
    if (resolved !== null && pending.delete(resolved)) nudge(payload)
  }
  db.rollbackTransaction = async (id) => {
    const resolved = id instanceof Promise ? await id : id
    if (resolved !== null) pending.delete(resolved)
    await rollback(id)
  }
  return pending
}

/** Wakes the worker when the row just written becomes visible: now, or when its transaction commits. */
const wakeWhenVisible = async (payload: Payload, req?: Partial<PayloadRequest>): Promise<void> => {
  const id: unknown = await req?.transactionID
  // Only a string or number names a transaction. Without one (MongoDB without a replica set, or
  // a call without `req`) the row is committed already.
  if (typeof id === 'string' || typeof id === 'number') watchCommits(payload).add(id)
  else nudge(payload)
}

/** Whether `req` runs in a database transaction, so rows written with it commit with the change. */
const inTransaction = async (req?: Partial<PayloadRequest>): Promise<boolean> => {
  const id: unknown = await req?.transactionID
  return typeof id === 'string' || typeof id === 'number'
}

/** An intent written before a create, whose item has no id yet: "items written since this row". */
export const ANY_ITEM = '*'
type IntentKey = `${string}:${string}`
const intentKey = (itemCollection: string, itemId?: string | number): IntentKey =>
  `${itemCollection}:${itemId === undefined ? ANY_ITEM : String(itemId)}`
/** Per request (Payload hands hooks copies of `req.context`, but the same `req`). */
const intents = new WeakMap<object, Map<IntentKey, number | string>>()
const intentsOf = (req: Partial<PayloadRequest>): Map<IntentKey, number | string> => {
  let map = intents.get(req)
  if (!map) intents.set(req, (map = new Map()))
  return map
}

/**
 * On MongoDB without a transaction (a server that is not a replica set, FerretDB) a crash between
 * the item's write and its outbox row would lose the update. So the row is written first,
 * from a `before` hook, claimed by this process for CLAIM_MS: no worker takes it while the write
 * is under way, and `enqueueSearchUpdate` releases it afterwards. If the process dies in between,
 * the claim runs out and any worker syncs the item (a create's row, whose item had no id yet,
 * syncs the collection's items written since the row).
 */
export const reserveSearchUpdate = async (
  payload: Payload,
  itemCollection: string,
  itemId: string | number | undefined,
  req: Partial<PayloadRequest>,
): Promise<void> => {
  // Only MongoDB: an intent left by a save that then fails validation is harmless but visible in
  // the outbox for CLAIM_MS, which the SQL databases, whose rows commit with the save, need not pay.
  if (payload.db.name !== 'mongoose' || (await inTransaction(req))) return
  const now = Date.now()
  const row = await payload.create({
    collection: OUTBOX,
    data: {
      itemCollection,
      itemId: itemId === undefined ? ANY_ITEM : String(itemId),
      attempts: 0,
      nextAttemptAt: new Date(now).toISOString(),
      lockedBy: WORKER_ID,
      lockedUntil: new Date(now + CLAIM_MS).toISOString(),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  intentsOf(req).set(intentKey(itemCollection, itemId), row.id)
}

/**
 * Records that an item's search documents must be refreshed. Called from hooks with their `req`,
 * so the row commits or rolls back with the change itself; without a transaction it releases the
 * row `reserveSearchUpdate` wrote before the change, naming the item.
 */
export const enqueueSearchUpdate = async (
  payload: Payload,
  itemCollection: string,
  itemId: string | number,
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  const data = {
    itemCollection,
    itemId: String(itemId),
    attempts: 0,
    nextAttemptAt: new Date().toISOString(),
  }
  const reserved = req ? intentsOf(req) : undefined
  const key = [intentKey(itemCollection, itemId), intentKey(itemCollection)].find((k) =>
    reserved?.has(k),
  )
  const intent = key ? reserved!.get(key) : undefined
  if (key) reserved!.delete(key)
  const released =
    intent !== undefined &&
    (
      await payload.update({
        collection: OUTBOX,
        where: { and: [{ id: { equals: intent } }, { lockedBy: { equals: WORKER_ID } }] },
        data: { ...data, lockedBy: null, lockedUntil: null },
        overrideAccess: true,
        depth: 0,
        req,
      })
    ).docs.length === 1
  // No intent (a transaction, or a call from outside a hook), or its claim ran out and a worker took it.
  if (!released) {
    await payload.create({ collection: OUTBOX, data, overrideAccess: true, depth: 0, req })
  }
  await wakeWhenVisible(payload, req)
}

type Drizzle = {
  run?: (query: unknown) => Promise<{ rowsAffected?: number }>
  execute?: (query: unknown) => Promise<{ rowCount?: number | null }>
}

/**
 * Takes a row for this worker. On SQL databases it is one conditional UPDATE, so two processes
 * never both win; it also refuses while another row of the same item is claimed, so one item is
 * never indexed by two workers at once (which could apply an older read last).
 */
/** Given back when the row is done with (MongoDB's item claim; nothing on SQL). */
type Release = () => Promise<void>
const nothing: Release = async () => {}

const claim = async (payload: Payload, row: OutboxRow): Promise<Release | null> => {
  const now = new Date()
  const until = new Date(now.getTime() + CLAIM_MS).toISOString()
  const drizzle = (payload.db as { drizzle?: Drizzle }).drizzle
  if (drizzle && (payload.db.name === 'sqlite' || payload.db.name === 'postgres')) {
    const { sql } = await import('@payloadcms/db-sqlite/drizzle')
    const nowIso = now.toISOString()
    const statement = sql`UPDATE search_outbox SET locked_by = ${WORKER_ID}, locked_until = ${until}
      WHERE id = ${row.id} AND (locked_until IS NULL OR locked_until < ${nowIso})
      AND NOT EXISTS (SELECT 1 FROM search_outbox other WHERE other.item_collection = ${row.itemCollection}
        AND other.item_id = ${row.itemId} AND other.id <> ${row.id} AND other.locked_until >= ${nowIso})`
    if (payload.db.name === 'sqlite')
      return ((await drizzle.run!(statement)).rowsAffected ?? 0) === 1 ? nothing : null
    return ((await drizzle.execute!(statement)).rowCount ?? 0) === 1 ? nothing : null
  }
  return claimOnMongo(payload, row, now, new Date(until))
}

type OutboxModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<unknown>
  exists: (filter: object) => Promise<unknown>
  updateOne: (filter: object, update: object) => Promise<unknown>
  db: { collection: (name: string) => ClaimCollection }
}
type ClaimCollection = {
  insertOne: (doc: { _id: string; by: string; until: Date }) => Promise<unknown>
  deleteOne: (filter: object) => Promise<unknown>
}
/** Item claims on MongoDB: one document per item being synced, outside Payload's collections. */
const ITEM_CLAIMS = 'search_outbox_item_claims'

/** Takes the item: an insert under the item's key, which a unique `_id` lets only one worker win. */
const claimItem = async (claims: ClaimCollection, key: string, now: Date, until: Date) => {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await claims.insertOne({ _id: key, by: WORKER_ID, until })
      return true
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err
      // A claim whose worker died runs out like a row's; clear it and try once more.
      await claims.deleteOne({ _id: key, until: { $lt: now } })
    }
  }
  return false
}

/**
 * MongoDB: the item is claimed first, by inserting its key into a claims collection (unique `_id`,
 * atomic on MongoDB and on FerretDB, whose `findAndModify` is not atomic under concurrency: two
 * workers could both take one row). That also gives the SQL path's rule that no two rows of one
 * item are synced at once. The row is then marked with `findOneAndUpdate`; it may be gone (another
 * worker finished it) or still claimed by a writer (`reserveSearchUpdate`), and then it is skipped.
 */
const claimOnMongo = async (payload: Payload, row: OutboxRow, now: Date, until: Date) => {
  const model = (payload.db as unknown as { collections: Record<string, OutboxModel> }).collections[
    OUTBOX
  ]!
  const claims = model.db.collection(ITEM_CLAIMS)
  const key = `${row.itemCollection}:${row.itemId}`
  if (!(await claimItem(claims, key, now, until))) return null
  const release = async () => {
    await claims.deleteOne({ _id: key, by: WORKER_ID })
  }
  const free = { $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }] }
  const won = await model.findOneAndUpdate(
    { _id: row.id, ...free },
    { $set: { lockedBy: WORKER_ID, lockedUntil: until } },
    { new: true, lean: true },
  )
  const busy =
    won &&
    (await model.exists({
      itemCollection: row.itemCollection,
      itemId: row.itemId,
      _id: { $ne: row.id },
      lockedUntil: { $gte: now },
    }))
  if (won && !busy) return release
  if (won) {
    await model.updateOne(
      { _id: row.id, lockedBy: WORKER_ID },
      { $set: { lockedBy: null, lockedUntil: null } },
    )
  }
  await release()
  return null
}

/** Brings one item's documents in line with its published state, in every locale. */
export const syncItem = async (
  payload: Payload,
  itemCollection: string,
  itemId: string,
): Promise<void> => {
  const engine = engineFor(payload)
  if (!isContentCollection(itemCollection)) return
  const docs = await loadDocuments(payload, itemCollection, itemId)
  const present = new Set(docs.map((d) => d.id))
  const stale = documentIds(itemCollection, itemId).filter((id) => !present.has(id))
  if (stale.length > 0) await engine.remove(stale)
  if (docs.length > 0) await engine.upsert(docs)
}

/** A create's intent whose writer died: syncs the collection's items written since the intent. */
const syncWrittenSince = async (payload: Payload, row: OutboxRow): Promise<void> => {
  if (!isContentCollection(row.itemCollection) || !row.createdAt) return
  const { docs } = await payload.find({
    collection: row.itemCollection,
    where: { updatedAt: { greater_than_equal: row.createdAt } },
    pagination: false,
    limit: 0,
    depth: 0,
    overrideAccess: true,
    select: {},
  })
  for (const doc of docs) await syncItem(payload, row.itemCollection, String(doc.id))
}

const processRow = async (payload: Payload, row: OutboxRow) => {
  const release = await claim(payload, row)
  if (!release) return 'skipped'
  try {
    return await processClaimed(payload, row)
  } finally {
    await release()
  }
}

const processClaimed = async (
  payload: Payload,
  row: OutboxRow,
): Promise<'done' | 'failed' | 'skipped'> => {
  // Rows of the same item that exist now are satisfied by the read below, which comes after them.
  // (Not so for a create's intent: it stands for other items than an older intent of its kind.)
  const siblings =
    row.itemId === ANY_ITEM
      ? { docs: [] }
      : await payload.find({
          collection: OUTBOX,
          where: {
            and: [
              { itemCollection: { equals: row.itemCollection } },
              { itemId: { equals: row.itemId } },
              { id: { not_equals: row.id } },
              {
                or: [
                  { lockedUntil: { exists: false } },
                  { lockedUntil: { less_than: new Date().toISOString() } },
                ],
              },
            ],
          },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
  try {
    if (row.itemId === ANY_ITEM) await syncWrittenSince(payload, row)
    else await syncItem(payload, row.itemCollection, row.itemId)
  } catch (err) {
    const attempts = (row.attempts ?? 0) + 1
    await payload.update({
      collection: OUTBOX,
      id: row.id,
      data: {
        attempts,
        lastError: (err instanceof Error ? err.message : String(err)).slice(0, 1000),
        nextAttemptAt: new Date(Date.now() + backoffMs(attempts)).toISOString(),
        lockedBy: null,
        lockedUntil: null,
      },
      overrideAccess: true,
      depth: 0,
    })
    return 'failed'
  }
  await payload.delete({
    collection: OUTBOX,
    where: { id: { in: [row.id, ...siblings.docs.map((d) => d.id)] } },
    overrideAccess: true,
    depth: 0,
  })
  return 'done'
}

type Worker = {
  stop: () => Promise<void>
  nudge: () => void
  inflight: Set<Promise<unknown>>
}
const workers = processState('search/outbox#workers', () => new WeakMap<Payload, Worker>())
const inflightFor = processState(
  'search/outbox#inflight',
  () => new WeakMap<Payload, Set<Promise<unknown>>>(),
)

const inflight = (payload: Payload): Set<Promise<unknown>> => {
  let set = inflightFor.get(payload)
  if (!set) inflightFor.set(payload, (set = new Set()))
  return set
}

/** One pass over due rows (all rows with `force`), oldest first, skipping `tried`. */
const pass = async (payload: Payload, options: { force?: boolean; tried?: Set<string> } = {}) => {
  const now = new Date().toISOString()
  const rows = await payload.find({
    collection: OUTBOX,
    where: options.force ? {} : { nextAttemptAt: { less_than_equal: now } },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  let done = 0
  let failed = 0
  for (const row of rows.docs as OutboxRow[]) {
    const key = String(row.id)
    if (options.tried?.has(key)) continue
    options.tried?.add(key)
    const job = processRow(payload, row)
    inflight(payload).add(job)
    try {
      const outcome = await job
      if (outcome === 'done') done++
      if (outcome === 'failed') failed++
    } finally {
      inflight(payload).delete(job)
    }
  }
  return { done, failed, seen: rows.docs.length }
}

/**
 * Processes the outbox until nothing processable is left, and waits for rows this process is
 * already working on. Tests await this instead of sleeping. `force` also takes rows whose retry
 * time has not come (each row at most once per call).
 */
export const drainOutbox = async (
  payload: Payload,
  options: { force?: boolean } = {},
): Promise<{ done: number; failed: number }> => {
  const tried = new Set<string>()
  let done = 0
  let failed = 0
  for (;;) {
    const result = await pass(payload, { force: options.force, tried })
    done += result.done
    failed += result.failed
    if (result.done + result.failed > 0) continue
    const running = [...inflight(payload)]
    if (running.length === 0) break
    await Promise.allSettled(running)
  }
  return { done, failed }
}

/** Pending rows, the age of the oldest, and rows whose last attempt failed (for admin and metrics). */
export const outboxStats = async (
  payload: Payload,
): Promise<{ pending: number; oldestAgeSeconds: number; failed: number }> => {
  const [pending, oldest, failed] = await Promise.all([
    payload.count({ collection: OUTBOX, overrideAccess: true }),
    payload.find({
      collection: OUTBOX,
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { createdAt: true },
    }),
    payload.count({
      collection: OUTBOX,
      where: { attempts: { greater_than: 0 } },
      overrideAccess: true,
    }),
  ])
  const first = oldest.docs[0] as { createdAt?: string } | undefined
  const oldestAgeSeconds = first?.createdAt
    ? Math.max(0, Math.floor((Date.now() - Date.parse(first.createdAt)) / 1000))
    : 0
  return { pending: pending.totalDocs, oldestAgeSeconds, failed: failed.totalDocs }
}

/** Wakes this process's worker: there are committed rows to process. */
export const nudge = (payload: Payload): void => workers.get(payload)?.nudge()

/**
 * Starts the background worker of this process: it drains due rows, then waits for a nudge (a
 * commit that wrote rows) or the next poll (rows from other processes, retries that came due).
 * Returns a stop function that waits for the row in hand.
 */
export const startOutboxWorker = (
  payload: Payload,
  { pollMs = 250 }: { pollMs?: number } = {},
): Worker => {
  const existing = workers.get(payload)
  if (existing) return existing
  let stopped = false
  /** A nudge that came while a pass ran: its rows may have been committed after that pass read. */
  let nudged = false
  let wake: (() => void) | undefined
  let timer: NodeJS.Timeout | undefined
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve
      timer = setTimeout(resolve, ms)
    })
  const loop = (async () => {
    while (!stopped) {
      nudged = false
      try {
        await pass(payload)
      } catch (err) {
        if (!stopped) payload.logger.error({ err }, 'search outbox worker: pass failed')
      }
      if (!stopped && !nudged) await sleep(pollMs)
    }
  })()
  const worker: Worker = {
    inflight: inflight(payload),
    nudge: () => {
      if (stopped) return
      nudged = true
      clearTimeout(timer)
      wake?.()
    },
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      wake?.()
      await loop
      workers.delete(payload)
    },
  }
  workers.set(payload, worker)
  return worker
}
