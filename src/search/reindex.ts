import type { Payload } from 'payload'

import { CONTENT_COLLECTIONS } from '../../collections/slugs.js'
import { documentIds } from './document.js'
import { engineFor } from './engine.js'
import { publishedDocuments } from './load.js'
import { syncItem } from './outbox.js'
import type { SearchDocument } from './types.js'

export type ReindexProgress = {
  collection: string
  items: number
  totalItems: number
  documents: number
}

/**
 * Rebuilds the index from the database: every published item in every locale, batch by batch.
 * An engine that can (Meilisearch) fills a fresh index and swaps it in, so search keeps answering
 * meanwhile; others are cleared and refilled. Returns how many documents it wrote.
 */
export const reindexAll = async (
  payload: Payload,
  { onProgress }: { onProgress?: (progress: ReindexProgress) => void } = {},
): Promise<{ documents: number; items: number; ms: number }> => {
  const started = performance.now()
  const since = new Date(Date.now() - CLOCK_SLACK_MS)
  const engine = engineFor(payload)
  await engine.settings()
  let documents = 0
  let items = 0
  /** The version of each item written (`<collection>:<id>` → updatedAt), for the catch-up. */
  const written = new Map<string, number>()
  const fill = async (write: (docs: SearchDocument[]) => Promise<void>) => {
    for (const collection of CONTENT_COLLECTIONS) {
      let done = 0
      for await (const batch of publishedDocuments(payload, collection)) {
        await write(batch.docs)
        for (const doc of batch.docs) written.set(`${doc.type}:${doc.itemId}`, doc.updatedAt)
        done += batch.items
        items += batch.items
        documents += batch.docs.length
        onProgress?.({ collection, items: done, totalItems: batch.totalItems, documents })
      }
    }
  }
  if (engine.rebuild) {
    await engine.rebuild(fill)
    await catchUp(payload, since, written)
  } else {
    await engine.clear()
    await fill((docs) => engine.upsert(docs))
  }
  return { documents, items, ms: Math.round(performance.now() - started) }
}

/** Processes may stamp `updatedAt` with clocks a little apart; the catch-up looks back this far. */
const CLOCK_SLACK_MS = 60_000

/**
 * While a rebuild filled its fresh index, the outbox kept writing to the live one, which the swap
 * then retired. Items changed since the rebuild began whose version differs from the one written
 * are synced again, and documents of items deleted meanwhile are removed. (A relation edited
 * meanwhile, such as a renamed competence area, reaches its items on their next change or the
 * next rebuild.)
 */
const catchUp = async (
  payload: Payload,
  since: Date,
  written: Map<string, number>,
): Promise<void> => {
  for (const collection of CONTENT_COLLECTIONS) {
    const changed = await payload.find({
      collection,
      where: { updatedAt: { greater_than_equal: since.toISOString() } },
      pagination: false,
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: true,
    })
    for (const doc of changed.docs) {
      const updatedAt = Date.parse(String((doc as { updatedAt?: unknown }).updatedAt ?? ''))
      if (written.get(`${collection}:${doc.id}`) !== updatedAt)
        await syncItem(payload, collection, String(doc.id))
    }
  }
  const { extra } = await searchDrift(payload)
  if (extra.length > 0) await engineFor(payload).remove(extra)
}

export type Drift = {
  /** Published in the database, missing from the index. */
  missing: string[]
  /** In the index, but not published in the database (drafts, deleted, unpublished). */
  extra: string[]
  database: number
  index: number
}

/** Compares the document ids the database implies with those in the index. */
export const searchDrift = async (payload: Payload): Promise<Drift> => {
  const expected = new Set<string>()
  for (const collection of CONTENT_COLLECTIONS) {
    const result = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      draft: false,
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    for (const doc of result.docs)
      for (const id of documentIds(collection, doc.id)) expected.add(id)
  }
  const actual = new Set(await engineFor(payload).ids())
  return {
    missing: [...expected].filter((id) => !actual.has(id)).sort(),
    extra: [...actual].filter((id) => !expected.has(id)).sort(),
    database: expected.size,
    index: actual.size,
  }
}

/**
 * Makes sure the engine is ready: applies settings, and rebuilds when the index is empty while the
 * database has published content (first start, a lost or corrupt index file, a new Meilisearch).
 */
export const ensureIndex = async (payload: Payload): Promise<{ rebuilt: boolean }> => {
  const engine = engineFor(payload)
  await engine.settings()
  if ((await engine.stats()).documents > 0) return { rebuilt: false }
  for (const collection of CONTENT_COLLECTIONS) {
    const published = await payload.count({
      collection,
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    if (published.totalDocs > 0) {
      const { documents, ms } = await reindexAll(payload)
      payload.logger.info(`search: index was empty, rebuilt ${documents} documents in ${ms} ms`)
      return { rebuilt: true }
    }
  }
  return { rebuilt: false }
}
