import type { Payload } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../../collections/slugs.js'
import { NO_JOINS } from '../../localApi.js'

/** One record's header as OAI-PMH lists it. */
export type Header = {
  collection: ContentCollection
  id: string
  /** The publish time (or withdrawal time), in milliseconds. */
  datestamp: number
  deleted: boolean
  gradeBands: string[]
}

export type HeaderFilter = {
  collections: readonly ContentCollection[]
  /** A grade band, or `*` for items with any grade band. */
  gradeBand?: string
  /** Inclusive lower bound, ms. */
  from?: number
  /** Exclusive upper bound, ms. */
  before?: number
}

export const hasGradeBands = (payload: Payload, collection: ContentCollection): boolean =>
  payload.collections[collection].config.flattenedFields.some((f) => f.name === 'gradeBands')

/** Harvest order: datestamp, then collection, then id. */
export const compareHeaders = (
  a: Pick<Header, 'datestamp' | 'collection' | 'id'>,
  b: typeof a,
): number =>
  a.datestamp - b.datestamp || a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id)

/**
 * Every record the filter selects, in harvest order: the published items (read from the published
 * table only) and the deletion log. Only ids, dates and grade bands are read, so that a page of
 * a long list costs one small query per collection.
 */
export const listHeaders = async (payload: Payload, filter: HeaderFilter): Promise<Header[]> => {
  const live: Header[] = []
  for (const collection of filter.collections) {
    const withBands = hasGradeBands(payload, collection)
    if (filter.gradeBand && !withBands) continue
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      select: withBands
        ? { publishedAt: true, updatedAt: true, gradeBands: true }
        : { publishedAt: true, updatedAt: true },
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
    })
    for (const row of docs) {
      live.push({
        collection,
        id: String(row.id),
        datestamp: Date.parse(row.publishedAt ?? row.updatedAt ?? '1970-01-01T00:00:00Z'),
        deleted: false,
        gradeBands: ('gradeBands' in row && row.gradeBands) || [],
      })
    }
  }
  const liveKeys = new Set(live.map((h) => `${h.collection}/${h.id}`))
  const { docs: withdrawn } = await payload.find({
    collection: 'oai-deletions',
    where: { itemCollection: { in: [...filter.collections] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const deleted: Header[] = withdrawn
    .filter((d) => (CONTENT_COLLECTIONS as readonly string[]).includes(d.itemCollection))
    .map((d) => ({
      collection: d.itemCollection as ContentCollection,
      id: d.docId,
      datestamp: Date.parse(d.deletedAt),
      deleted: true,
      gradeBands: d.gradeBands ?? [],
    }))
    // A stale log row (the item is published again) must not hide the live record.
    .filter((h) => !liveKeys.has(`${h.collection}/${h.id}`))
  return [...live, ...deleted]
    .filter(
      (h) =>
        !filter.gradeBand ||
        (filter.gradeBand === '*'
          ? h.gradeBands.length > 0
          : h.gradeBands.includes(filter.gradeBand)),
    )
    .filter((h) => filter.from === undefined || h.datestamp >= filter.from)
    .filter((h) => filter.before === undefined || h.datestamp < filter.before)
    .sort(compareHeaders)
}

/** The published documents behind live headers, in all locales, keyed `collection/id`. */
export const loadDocuments = async (
  payload: Payload,
  headers: readonly Header[],
): Promise<Map<string, Record<string, unknown> & { id: number | string }>> => {
  const byCollection = new Map<ContentCollection, string[]>()
  for (const h of headers)
    if (!h.deleted)
      byCollection.set(h.collection, [...(byCollection.get(h.collection) ?? []), h.id])
  const out = new Map<string, Record<string, unknown> & { id: number | string }>()
  for (const [collection, ids] of byCollection) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      locale: 'all',
      depth: 1,
      ...NO_JOINS,
      pagination: false,
      draft: false,
      overrideAccess: true,
    })
    for (const doc of docs) out.set(`${collection}/${doc.id}`, { ...doc })
  }
  return out
}
