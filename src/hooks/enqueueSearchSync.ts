import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { isContentCollection } from '../search/load.js'
import { enqueueSearchUpdate, reserveSearchUpdate } from '../search/outbox.js'

type Item = { id: number | string }

const skipped = (req: PayloadRequest, slug: string) =>
  Boolean(req.context?.seeding || req.context?.skipSearchSync || !isContentCollection(slug))

/** Without a transaction, the outbox row is written before the change (see reserveSearchUpdate). */
export const reserveSearchSync: CollectionBeforeChangeHook<Item> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (skipped(req, collection.slug)) return data
  const id = operation === 'update' ? originalDoc?.id : undefined
  await reserveSearchUpdate(req.payload, collection.slug, id, req)
  return data
}

export const reserveSearchRemoval: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (skipped(req, collection.slug)) return
  await reserveSearchUpdate(req.payload, collection.slug, id, req)
}

/**
 * Every save of a content item (publish, a new draft, unpublish) queues a search update in the same
 * transaction; the worker then indexes whatever is published. The seed skips this and reindexes.
 */
export const enqueueSearchSync: CollectionAfterChangeHook<Item> = async ({
  collection,
  doc,
  req,
}) => {
  if (skipped(req, collection.slug)) return doc
  await enqueueSearchUpdate(req.payload, collection.slug, doc.id, req)
  return doc
}

/** A deleted item leaves the index through the same outbox. */
export const enqueueSearchRemoval: CollectionAfterDeleteHook<Item> = async ({
  collection,
  doc,
  req,
}) => {
  if (skipped(req, collection.slug)) return doc
  await enqueueSearchUpdate(req.payload, collection.slug, doc.id, req)
  return doc
}
