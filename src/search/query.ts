import type { Payload, PayloadRequest } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../collections/slugs.js'
import { isEditor } from '../access/roles.js'
import { DomainError } from '../errors.js'
import { ratingSummaries } from '../portal/ratings.js'
import { toSearchDocument } from './document.js'
import { engineFor } from './engine.js'
import { buildFilters } from './filters.js'
import { haversineMetres } from './geo.js'
import { highlight, queryStems } from './highlight.js'
import { countFacets, emptyFacetCounts, facetValues, matchesFilter } from './match.js'
import type { SearchParams } from './params.js'
import {
  FACETS,
  type EngineQuery,
  type EngineResult,
  type FacetName,
  type SearchDocument,
} from './types.js'

export type SearchHit = {
  id: string
  type: ContentCollection
  title: string
  url: string
  /** HTML-escaped text with `<mark>` around the matching words. */
  snippets: { title: string; summary: string; text?: string }
  location?: { lat: number; lng: number }
  /** Metres from `near`, when it was given and the item has a location. */
  distance?: number
  kind?: string
  /** A place's district (learning environments). */
  district?: string
  gradeBands: string[]
  /** Teachers' ratings: mean of 1–5 to one decimal (null without any) and how many. */
  rating: { average: number | null; count: number }
  status?: 'published' | 'draft'
}

export type SearchResponse = {
  hits: SearchHit[]
  total: number
  page: number
  limit: number
  facets: Record<'type' | 'grade' | 'competence' | 'licence' | 'kind', Record<string, number>>
  /** Milliseconds the search took on the server. */
  took: number
  /** When nothing was found: a corrected query that finds something (from the index's words). */
  didYouMean?: string
}

const FACET_PARAM: Record<FacetName, keyof SearchResponse['facets']> = {
  type: 'type',
  gradeBands: 'grade',
  competenceTop: 'competence',
  licence: 'licence',
  kind: 'kind',
}

/**
 * Editors' `status=any`: the latest version of every item, drafts included, read from the database
 * (the index holds published documents only, by design) and filtered in memory.
 */
const searchDrafts = async (
  payload: Payload,
  params: SearchParams,
  query: EngineQuery,
  req?: Partial<PayloadRequest>,
): Promise<EngineResult> => {
  const types = params.type.length > 0 ? params.type : [...CONTENT_COLLECTIONS]
  const docs: SearchDocument[] = []
  for (const collection of types) {
    const result = await payload.find({
      collection,
      locale: params.locale,
      draft: true,
      depth: 2,
      limit: 1000,
      sort: '-updatedAt',
      overrideAccess: true,
      where: params.q
        ? {
            or: [
              { title: { like: params.q } },
              {
                [collection === 'digital-materials' ? 'description' : 'summary']: {
                  like: params.q,
                },
              },
            ],
          }
        : {},
      req,
    })
    for (const doc of result.docs) {
      const mapped = toSearchDocument(collection, { ...doc }, params.locale, {
        drafts: true,
      })
      if (mapped && query.filters.every((f) => matchesFilter(mapped, f))) {
        docs.push({ ...mapped, ...({ status: (doc as { _status?: string })._status } as object) })
      }
    }
  }
  const inRadius =
    query.near?.radiusKm !== undefined
      ? docs.filter(
          (d) =>
            d.location && haversineMetres(query.near!, d.location) <= query.near!.radiusKm! * 1000,
        )
      : docs
  const facets = emptyFacetCounts()
  for (const doc of inRadius) countFacets(facets, facetValues(doc))
  const page = inRadius.slice(query.offset, query.offset + query.limit)
  const ratings = await ratingSummaries(
    payload,
    page.map((doc) => ({ collection: doc.type, id: doc.itemId })),
  )
  return {
    total: inRadius.length,
    facets,
    hits: page.map((doc) => ({ doc: { ...doc, rating: ratings[`${doc.type}:${doc.itemId}`]! } })),
  }
}

/**
 * Runs a validated search and returns the `/api/search` JSON. The portal calls this in-process.
 * `user` decides whether `status=any` (drafts, editors only) is allowed.
 */
export const searchContent = async (
  payload: Payload,
  params: SearchParams,
  { user, req }: { user?: PayloadRequest['user'] | null; req?: Partial<PayloadRequest> } = {},
): Promise<SearchResponse> => {
  const started = performance.now()
  if (params.status === 'any' && !isEditor(user)) {
    throw user
      ? new DomainError('forbidden', 'Only editors can search drafts (status=any).', 'status')
      : new DomainError(
          'unauthenticated',
          'Sign in as an editor to search drafts (status=any).',
          'status',
        )
  }
  const query: EngineQuery = {
    locale: params.locale,
    q: params.q,
    filters: await buildFilters(payload, params),
    near: params.near ? { ...params.near, radiusKm: params.radius } : undefined,
    sort: params.sort,
    offset: (params.page - 1) * params.limit,
    limit: params.limit,
  }
  const result =
    params.status === 'any'
      ? await searchDrafts(payload, params, query, req)
      : await engineFor(payload).search(query)
  const stems = queryStems(params.q, params.locale)
  const hits = result.hits.map(({ doc }): SearchHit => {
    const distance =
      params.near && doc.location
        ? Math.round(haversineMetres(params.near, doc.location))
        : undefined
    const status = (doc as { status?: string }).status
    return {
      id: doc.itemId,
      type: doc.type,
      title: doc.title,
      url: doc.url,
      snippets: {
        title: highlight(doc.title, stems, params.locale),
        summary: highlight(doc.summary, stems, params.locale, 240),
        ...(doc.text ? { text: highlight(doc.text, stems, params.locale, 200) } : {}),
      },
      ...(doc.location ? { location: doc.location } : {}),
      ...(distance !== undefined ? { distance } : {}),
      ...(doc.kind ? { kind: doc.kind } : {}),
      ...(doc.district ? { district: doc.district } : {}),
      gradeBands: doc.gradeBands,
      // An index written before ratings were part of the document has none yet.
      rating: doc.rating ?? { average: null, count: 0 },
      ...(status ? { status: status === 'published' ? 'published' : 'draft' } : {}),
    }
  })
  // Copies: the engine may keep its result for the next identical query.
  const facets = Object.fromEntries(
    FACETS.map((name) => [FACET_PARAM[name], { ...result.facets[name] }]),
  ) as SearchResponse['facets']
  return {
    hits,
    total: result.total,
    page: params.page,
    limit: params.limit,
    facets,
    ...(result.didYouMean ? { didYouMean: result.didYouMean } : {}),
    took: Math.round((performance.now() - started) * 100) / 100,
  }
}
