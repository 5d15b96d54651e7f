import type { CollectionAfterDeleteHook } from 'payload'

import type { ReviewedItem } from '../fields/workflow.js'
import { markWithdrawn } from '../interop/oai/deletions.js'

/** A deleted item that harvesters may have seen stays in the OAI-PMH deletion log. */
export const recordOaiDeletion: CollectionAfterDeleteHook<ReviewedItem> = async ({
  collection,
  doc,
  req,
}) => {
  if (doc.publishedAt) await markWithdrawn(req, collection.slug, doc.id, doc.gradeBands ?? [])
  return doc
}
