import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isContentCollection } from '../search/load.js'
import { enqueueSearchUpdate } from '../search/outbox.js'

type Item = { id: number | string }

/**
 * Every save of a content item (publish, a new draft, unpublish) queues a search update in the same
 * transaction; the worker then indexes whatever is published. The seed skips this and reindexes.
 */
export const enqueueSearchSync: CollectionAfterChangeHook<Item> = async ({
  collection,
  doc,
  req,
}) => {
  if (req.context?.seeding || req.context?.skipSearchSync || !isContentCollection(collection.slug))
    return doc
  await enqueueSearchUpdate(req.payload, collection.slug, doc.id, req)
  return doc
}

/** A deleted item leaves the index through the same outbox. */
export const enqueueSearchRemoval: CollectionAfterDeleteHook<Item> = async ({
  collection,
  doc,
  req,
}) => {
  if (req.context?.seeding || req.context?.skipSearchSync || !isContentCollection(collection.slug))
    return doc
  await enqueueSearchUpdate(req.payload, collection.slug, doc.id, req)
  return doc
}
