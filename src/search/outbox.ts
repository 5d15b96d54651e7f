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
  let waiting = awaitingCommit.get(payload)
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
  // Only a string or number names a transaction. Without one (SQLite here, where Payload's request
  // carries a placeholder object, or a call without `req`) the row is committed already.
  if (typeof id === 'string' || typeof id === 'number') watchCommits(payload).add(id)
  else nudge(payload)
}

/**
 * Records that an item's search documents must be refreshed. Called from hooks with their `req`,
 * so the row commits or rolls back with the change itself.
 */
export const enqueueSearchUpdate = async (
  payload: Payload,
  itemCollection: string,
  itemId: string | number,
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  await payload.create({
    collection: OUTBOX,
    data: {
      itemCollection,
      itemId: String(itemId),
      attempts: 0,
      nextAttemptAt: new Date().toISOString(),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
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
const claim = async (payload: Payload, row: OutboxRow): Promise<boolean> => {
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
      return ((await drizzle.run!(statement)).rowsAffected ?? 0) === 1
    return ((await drizzle.execute!(statement)).rowCount ?? 0) === 1
  }
  // MongoDB: a conditional update through the Local API (atomic per document there).
  const result = await payload.update({
    collection: OUTBOX,
    where: {
      and: [
        { id: { equals: row.id } },
        {
          or: [
            { lockedUntil: { exists: false } },
            { lockedUntil: { less_than: now.toISOString() } },
          ],
        },
      ],
    },
    data: { lockedBy: WORKER_ID, lockedUntil: until },
    overrideAccess: true,
    depth: 0,
  })
  return result.docs.length === 1
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

const processRow = async (
  payload: Payload,
  row: OutboxRow,
): Promise<'done' | 'failed' | 'skipped'> => {
  if (!(await claim(payload, row))) return 'skipped'
  // Rows of the same item that exist now are satisfied by the read below, which comes after them.
  const siblings = await payload.find({
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
    await syncItem(payload, row.itemCollection, row.itemId)
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
