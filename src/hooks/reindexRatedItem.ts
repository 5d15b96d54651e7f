import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf, type Id } from '../ids.js'
import type { Rating } from '../payload-types.js'
import { enqueueSearchUpdate } from '../search/outbox.js'

const itemOf = (doc: Rating): { collection: string; id: Id } | undefined => {
  const id = idOf(doc.item?.value)
  return doc.item?.relationTo && id !== undefined
    ? { collection: doc.item.relationTo, id }
    : undefined
}

/**
 * Search hits show the item's rating average and count, so a new or changed rating re-indexes its
 * item through the outbox, in the same transaction. Moderating a comment leaves the numbers as they
 * are and queues nothing.
 */
export const reindexRatedItem: CollectionAfterChangeHook<Rating> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.seeding || req.context?.skipSearchSync) return doc
  if (operation === 'update' && previousDoc?.rating === doc.rating) return doc
  const item = itemOf(doc)
  if (item) await enqueueSearchUpdate(req.payload, item.collection, item.id, req)
  return doc
}

/** A deleted rating leaves the average too. */
export const reindexRatedItemAfterDelete: CollectionAfterDeleteHook<Rating> = async ({
  doc,
  req,
}) => {
  if (req.context?.seeding || req.context?.skipSearchSync) return doc
  const item = itemOf(doc)
  if (item) await enqueueSearchUpdate(req.payload, item.collection, item.id, req)
  return doc
}
