import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { ReviewedItem } from '../fields/workflow.js'
import { clearWithdrawn, markWithdrawn } from '../interop/oai/deletions.js'

/**
 * Keeps the OAI-PMH deletion log in step with what is public. A draft saved over a published item
 * leaves the published row as it is, so the published table, not `doc`, decides: published means
 * live, and once-published (it has `publishedAt`) but no longer published means withdrawn.
 */
export const recordOaiWithdrawal: CollectionAfterChangeHook<ReviewedItem> = async ({
  collection,
  context,
  doc,
  req,
}) => {
  if (context.seeding) return doc
  const slug = collection.slug as CollectionSlug
  const current = (await req.payload.findByID({
    collection: slug,
    id: doc.id,
    req,
    overrideAccess: true,
    draft: false,
    depth: 0,
    disableErrors: true,
  })) as ReviewedItem | null
  if (!current) return doc
  if (current._status === 'published') await clearWithdrawn(req, slug, doc.id)
  else if (current.publishedAt) await markWithdrawn(req, slug, doc.id, current.gradeBands ?? [])
  return doc
}
