import type { CollectionSlug, Payload } from 'payload'

import type { ContentCollection } from '../../../collections/slugs.js'
import { paragraphs } from '../../../src/fields/richText.js'

export type Id = number | string

/** The smallest valid item of each reviewed collection, titled so that a test can find its text. */
export const MINIMAL: Record<ContentCollection, (title: string) => Record<string, unknown>> = {
  'pedagogical-models': (title) => ({
    title,
    summary: `${title} (summary)`,
    body: paragraphs(title),
  }),
  'digital-materials': (title) => ({ title, description: `${title} (description)` }),
  'learning-environments': (title) => ({
    title,
    kind: 'museum',
    location: { lat: 60.1699, lng: 24.9384 },
  }),
  pilots: (title) => ({ title, schoolYear: '2016–17', description: paragraphs(title) }),
}

export const userId = async (payload: Payload, email: string): Promise<Id> => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return docs[0].id
}

let counter = 0
/** A unique, readable title: tests assert on the exact text that comes back. */
export const uniqueTitle = (what: string): string => `${what} ${++counter}`

/**
 * An item written through the Local API (no access checks), as the person `by` would have left it:
 * a draft, or published.
 */
export const makeItem = async (
  payload: Payload,
  collection: ContentCollection,
  {
    by,
    status,
    title = uniqueTitle(collection),
  }: { by: Id; status: 'draft' | 'published'; title?: string },
): Promise<{ id: Id; title: string }> => {
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: { ...MINIMAL[collection](title), createdBy: by, _status: status } as never,
    draft: status === 'draft',
  })
  return { id: doc.id, title }
}

/** Saves a newer draft on top of a published item: the published text stays in the main table. */
export const addDraft = async (
  payload: Payload,
  collection: ContentCollection,
  id: Id,
  title: string,
): Promise<void> => {
  await payload.update({
    collection: collection as CollectionSlug,
    id,
    data: { ...MINIMAL[collection](title), _status: 'draft' } as never,
    draft: true,
  })
}
