import type { CollectionAfterDeleteHook } from 'payload'

import { markWithdrawn } from '../interop/oai/deletions.js'

type Reviewed = { id: number | string; publishedAt?: string | null; gradeBands?: string[] | null }

/** A deleted item that harvesters may have seen stays in the OAI-PMH deletion log. */
export const recordOaiDeletion: CollectionAfterDeleteHook<Reviewed> = async ({
  collection,
  doc,
  req,
}) => {
  if (doc.publishedAt) await markWithdrawn(req, collection.slug, doc.id, doc.gradeBands ?? [])
  return doc
}
