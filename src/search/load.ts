import type { CollectionSlug, Payload, PayloadRequest, SelectType } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../collections/slugs.js'
import { LOCALES } from '../localization.js'
import { ratingSummaries, type RatingSummary } from '../portal/ratings.js'
import { toSearchDocument } from './document.js'
import type { SearchDocument } from './types.js'

export const isContentCollection = (slug: unknown): slug is ContentCollection =>
  typeof slug === 'string' && (CONTENT_COLLECTIONS as readonly string[]).includes(slug)

/** Every field `toSearchDocument` may read; each collection selects those it has. */
const WANTED = [
  '_status',
  'slug',
  'updatedAt',
  'title',
  'summary',
  'body',
  'description',
  'theme',
  'outcomes',
  'themes',
  'provider',
  'gradeBands',
  'subjects',
  'competenceAreas',
  'deviceProfile',
  'location',
  'district',
  'kind',
  'licence',
  'cost',
  'languages',
  'accessibilityFeatures',
  'accessibility',
]

const selectFor = (payload: Payload, collection: ContentCollection): SelectType => {
  const names = new Set(payload.collections[collection].config.flattenedFields.map((f) => f.name))
  return Object.fromEntries(WANTED.filter((n) => names.has(n)).map((n) => [n, true]))
}

/** Depth 2 with only these fields populated: a competence area's parent, a profile's needs. */
const populate = {
  'competence-areas': { code: true, name: true, parent: true },
  'device-profiles': { devicesPerPupil: true, deviceKinds: true },
} as const

const readOptions = (payload: Payload, collection: ContentCollection) =>
  ({
    collection: collection as CollectionSlug,
    locale: 'all',
    depth: 2,
    // The published row: a newer draft lives only in the versions table and never reaches search.
    draft: false,
    overrideAccess: true,
    select: selectFor(payload, collection),
    populate,
  }) as const

/** Every locale's document of one item read from the database; unpublished items give none. */
const documentsOf = (
  collection: ContentCollection,
  doc: Record<string, unknown>,
  rating?: RatingSummary,
): SearchDocument[] =>
  LOCALES.map((locale) => toSearchDocument(collection, doc, locale, { rating })).filter(
    (d): d is SearchDocument => d !== null,
  )

/** The items' rating summaries (one query for the batch), as the detail pages compute them. */
const ratingsOf = async (
  payload: Payload,
  collection: ContentCollection,
  docs: { id: string | number }[],
) => {
  const summaries = await ratingSummaries(
    payload,
    docs.map((doc) => ({ collection, id: doc.id })),
  )
  return (doc: { id: string | number }) => summaries[`${collection}:${doc.id}`]
}

/** The search documents of one item in every locale; empty when it is gone or not published. */
export const loadDocuments = async (
  payload: Payload,
  collection: ContentCollection,
  id: string,
  req?: Partial<PayloadRequest>,
): Promise<SearchDocument[]> => {
  const doc = await payload.findByID({
    ...readOptions(payload, collection),
    id,
    disableErrors: true,
    req,
  })
  // Only published items are searchable; anything else needs no ratings read.
  if ((doc as { _status?: unknown } | null)?._status !== 'published') return []
  const rating = await ratingsOf(payload, collection, [doc!])
  return documentsOf(collection, { ...doc }, rating(doc!))
}

/** Pages through a collection's published items, yielding their documents batch by batch. */
export async function* publishedDocuments(
  payload: Payload,
  collection: ContentCollection,
  batchSize = 250,
): AsyncGenerator<{ docs: SearchDocument[]; items: number; totalItems: number }> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      ...readOptions(payload, collection),
      where: { _status: { equals: 'published' } },
      sort: 'id',
      limit: batchSize,
      page,
    })
    const rating = await ratingsOf(payload, collection, result.docs)
    const docs = result.docs.flatMap((doc) => documentsOf(collection, { ...doc }, rating(doc)))
    yield { docs, items: result.docs.length, totalItems: result.totalDocs }
    if (!result.hasNextPage) return
  }
}
