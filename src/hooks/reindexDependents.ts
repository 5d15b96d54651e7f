import type {
  CollectionAfterChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { CONTENT_COLLECTIONS } from '../../collections/slugs.js'
import type { Id } from '../ids.js'
import { enqueueSearchUpdate } from '../search/outbox.js'

/** The content items whose search documents show this linked item (name, code, device needs). */
const enqueueDependents = async (
  req: PayloadRequest,
  linked: 'competence-areas' | 'device-profiles',
  id: Id,
) => {
  const { payload } = req
  let where: Where
  if (linked === 'device-profiles') {
    where = { deviceProfile: { equals: id } }
  } else {
    // A renamed or moved area changes the codes of its sub-areas' items too.
    const children = await payload.find({
      collection: 'competence-areas',
      where: { parent: { equals: id } },
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    where = { competenceAreas: { in: [id, ...children.docs.map((c) => c.id)] } }
  }
  for (const collection of CONTENT_COLLECTIONS) {
    const fields = req.payload.collections[collection].config.flattenedFields.map((f) => f.name)
    if (!fields.includes(linked === 'device-profiles' ? 'deviceProfile' : 'competenceAreas'))
      continue
    const items = await payload.find({
      collection,
      where,
      draft: false,
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    for (const item of items.docs) await enqueueSearchUpdate(payload, collection, item.id, req)
  }
}

const linkedSlug = (slug: string) => slug as 'competence-areas' | 'device-profiles'

/** A changed competence area or device profile re-indexes the items that show it. */
export const reindexDependents: CollectionAfterChangeHook<{ id: Id }> = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (operation === 'create' || req.context?.seeding || req.context?.skipSearchSync) return doc
  await enqueueDependents(req, linkedSlug(collection.slug), doc.id)
  return doc
}

/** Before a linked item goes, while the links to it still exist, its dependents are queued. */
export const reindexDependentsBeforeDelete: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  if (req.context?.seeding || req.context?.skipSearchSync) return
  await enqueueDependents(req, linkedSlug(collection.slug), id)
}
