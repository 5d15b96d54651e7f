import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { enqueueSearchUpdate } from '../search/outbox.js'
import type { RatingData } from './stampRatingTarget.js'

const itemOf = (doc: RatingData): { collection: string; id: string | number } | undefined => {
  const value = doc.item?.value
  const id = value && typeof value === 'object' ? value.id : value
  return doc.item?.relationTo && id !== undefined && id !== null
    ? { collection: doc.item.relationTo, id }
    : undefined
}

/**
 * Search hits show the item's rating average and count, so a new or changed rating re-indexes its
 * item through the outbox, in the same transaction. Moderating a comment leaves the numbers as they
 * are and queues nothing.
 */
export const reindexRatedItem: CollectionAfterChangeHook<RatingData> = async ({
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
export const reindexRatedItemAfterDelete: CollectionAfterDeleteHook<RatingData> = async ({
  doc,
  req,
}) => {
  if (req.context?.seeding || req.context?.skipSearchSync) return doc
  const item = itemOf(doc)
  if (item) await enqueueSearchUpdate(req.payload, item.collection, item.id, req)
  return doc
}
