import type { PayloadRequest } from 'payload'

import type { GradeBand } from '../../fields/vocabularies.js'
import type { Id } from '../../ids.js'

const common = (req: PayloadRequest) => ({ req, overrideAccess: true, depth: 0 }) as const

const findEntry = async (req: PayloadRequest, itemCollection: string, docId: Id) =>
  (
    await req.payload.find({
      ...common(req),
      collection: 'oai-deletions',
      where: {
        and: [{ itemCollection: { equals: itemCollection } }, { docId: { equals: String(docId) } }],
      },
      limit: 1,
      pagination: false,
    })
  ).docs[0]

/** Records that a once-published item left the public set (idempotent: the first date stays). */
export const markWithdrawn = async (
  req: PayloadRequest,
  itemCollection: string,
  docId: Id,
  gradeBands: readonly GradeBand[] = [],
): Promise<void> => {
  if (await findEntry(req, itemCollection, docId)) return
  await req.payload.create({
    ...common(req),
    collection: 'oai-deletions',
    data: {
      itemCollection,
      docId: String(docId),
      deletedAt: new Date().toISOString(),
      gradeBands: [...gradeBands],
    },
  })
}

/** A re-published item is live again: its deletion record goes. */
export const clearWithdrawn = async (
  req: PayloadRequest,
  itemCollection: string,
  docId: Id,
): Promise<void> => {
  const entry = await findEntry(req, itemCollection, docId)
  if (entry) await req.payload.delete({ ...common(req), collection: 'oai-deletions', id: entry.id })
}
