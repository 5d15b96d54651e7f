import type { Payload, PayloadRequest, Where } from 'payload'

import type { ContentCollection } from '../../collections/slugs.js'
import { portalPath } from '../interop/urls.js'
import type { Id } from '../ids.js'
import type { Locale } from '../localization.js'
import { matchesFilter, schoolDeviceFilter } from '../search/filters.js'
import type { SearchDocument } from '../search/types.js'
import { competenceTree, type CompetenceTreeNode } from './competences.js'
import { bandsWithPupils } from './readiness.js'

/**
 * The portal reads what an anonymous visitor may read: published versions only, with access
 * applied and no user, so a draft can never reach a page (the user is used for ratings only).
 */
const PUBLIC = { draft: false, overrideAccess: false } as const

export type Doc = { id: Id } & Record<string, unknown>

/** Related documents the reader may see; unreadable ones come back as bare ids and are dropped. */
export const readable = (value: unknown): Doc[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter(
    (v): v is Doc => typeof v === 'object' && v !== null && 'id' in v,
  )

/** A join field's documents (`{ docs: [...] }`). */
export const joined = (value: unknown): Doc[] =>
  readable((value as { docs?: unknown } | null)?.docs)

/** One published item by its slug, with its links populated, or null. */
export const publishedBySlug = async (
  payload: Payload,
  collection: ContentCollection,
  slug: string,
  locale: Locale,
): Promise<Doc | null> => {
  const { docs } = await payload.find({
    collection,
    ...PUBLIC,
    locale,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    // The joins point at drafts-enabled collections: access keeps their drafts out. (Sorting a
    // join by a localized field fails in SQL adapters, so the default order stays.)
    joins: {
      ...(collection === 'learning-environments' || collection === 'pilots'
        ? { models: { limit: 50 } }
        : {}),
      ...(collection === 'digital-materials' ? { usedInModels: { limit: 50 } } : {}),
      // Payload types `joins` only for one collection that has join fields; this query is over
      // four, one without joins (pedagogical-models), so no object literal type-checks here.
    } as never,
  })
  return docs[0] ? { ...docs[0] } : null
}

export type ItemCard = {
  collection: ContentCollection
  id: Id
  slug: string
  title: string
  summary: string
  gradeBands: string[]
  publishedAt: string | null
}

const summaryOf = (collection: ContentCollection, doc: Doc): string =>
  String((collection === 'digital-materials' ? doc.description : doc.summary) ?? '')

export const toCard = (collection: ContentCollection, doc: Doc): ItemCard => ({
  collection,
  id: doc.id,
  slug: String(doc.slug ?? doc.id),
  title: String(doc.title ?? ''),
  summary: summaryOf(collection, doc),
  gradeBands: (doc.gradeBands as string[] | undefined) ?? [],
  publishedAt: (doc.publishedAt as string | undefined) ?? null,
})

const CARD_FIELDS = {
  slug: true,
  title: true,
  summary: true,
  gradeBands: true,
  publishedAt: true,
} as const

/** The newest published models, materials and pilots together (places come from the map). */
export const recentlyPublished = async (
  payload: Payload,
  locale: Locale,
  limit = 6,
): Promise<ItemCard[]> => {
  const lists = await Promise.all(
    (['pedagogical-models', 'digital-materials', 'pilots'] as const).map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        ...PUBLIC,
        locale,
        sort: '-publishedAt',
        limit,
        depth: 0,
        select: (collection === 'digital-materials'
          ? { ...CARD_FIELDS, summary: undefined, description: true }
          : collection === 'pilots'
            ? { ...CARD_FIELDS, gradeBands: undefined }
            : CARD_FIELDS) as never,
      })
      return (docs as Doc[]).map((doc) => toCard(collection, doc))
    }),
  )
  return lists
    .flat()
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    .slice(0, limit)
}

export type MapPlace = {
  id: Id
  slug: string
  /** The place's portal page (worked out here: client code must not import the URL builder). */
  href: string
  title: string
  kind: string
  district: string | null
  gradeBands: string[]
  lat: number
  lng: number
}

/** Every published learning environment with a location, for the map. */
export const mapPlaces = async (payload: Payload, locale: Locale): Promise<MapPlace[]> => {
  const { docs } = await payload.find({
    collection: 'learning-environments',
    ...PUBLIC,
    locale,
    pagination: false,
    depth: 0,
    sort: 'title',
    select: {
      slug: true,
      title: true,
      kind: true,
      district: true,
      gradeBands: true,
      location: true,
    },
  })
  return docs
    .map((doc) => {
      const location = doc.location as { lat?: number; lng?: number } | undefined
      return {
        id: doc.id,
        slug: String(doc.slug ?? doc.id),
        href: portalPath('learning-environments', String(doc.slug ?? doc.id), locale),
        title: String(doc.title ?? ''),
        kind: String(doc.kind ?? 'other'),
        district: (doc.district as string | null | undefined) ?? null,
        gradeBands: (doc.gradeBands as string[] | undefined) ?? [],
        lat: location?.lat ?? NaN,
        lng: location?.lng ?? NaN,
      }
    })
    .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lng))
}

export type SchoolSummary = {
  id: Id
  name: string
  kind: string
  district: string | null
  location: { lat: number; lng: number } | null
}

export type School = SchoolSummary & {
  pupils: { gradeBand?: string | null; count?: number | null }[]
  devices: { kind?: string | null; count?: number | null }[]
}

const toSchool = (doc: Doc): School => {
  const location = doc.location as { lat?: number | null; lng?: number | null } | undefined
  return {
    id: doc.id,
    name: String(doc.name ?? ''),
    kind: String(doc.kind ?? ''),
    district: (doc.district as string | null | undefined) ?? null,
    location:
      typeof location?.lat === 'number' && typeof location?.lng === 'number'
        ? { lat: location.lat, lng: location.lng }
        : null,
    pupils: (doc.pupils as School['pupils']) ?? [],
    devices: (doc.devices as School['devices']) ?? [],
  }
}

export const listSchools = async (payload: Payload, locale: Locale): Promise<School[]> => {
  const { docs } = await payload.find({
    collection: 'schools',
    ...PUBLIC,
    locale,
    pagination: false,
    depth: 0,
    sort: 'name',
  })
  return docs.map((doc) => toSchool({ ...doc }))
}

export const schoolById = async (
  payload: Payload,
  id: string,
  locale: Locale,
): Promise<School | null> => {
  if (!/^[A-Za-z0-9-]{1,36}$/.test(id)) return null
  const doc = await payload
    .findByID({ collection: 'schools', id, ...PUBLIC, locale, depth: 0, disableErrors: true })
    .catch(() => null)
  return doc ? toSchool({ ...doc }) : null
}

/**
 * Published models for a school's grade bands that its devices allow today, by the same rule the
 * search's "fits our devices" filter uses for a school.
 */
export const modelsThatFit = async (
  payload: Payload,
  school: School,
  locale: Locale,
): Promise<ItemCard[]> => {
  const bands = bandsWithPupils(school)
  if (!bands.length) return []
  const { docs } = await payload.find({
    collection: 'pedagogical-models',
    ...PUBLIC,
    locale,
    pagination: false,
    depth: 1,
    sort: 'title',
    where: { gradeBands: { in: bands } },
    select: { ...CARD_FIELDS, deviceProfile: true },
  })
  const allowed = schoolDeviceFilter({
    pupils: school.pupils.map((row) => ({ count: row.count ?? 0 })),
    devices: school.devices.map((row) => ({ kind: row.kind ?? undefined, count: row.count ?? 0 })),
  })
  return (docs as Doc[])
    .filter((doc) => {
      const profile = readable(doc.deviceProfile)[0] as
        { devicesPerPupil?: number; deviceKinds?: string[] } | undefined
      const needs = {
        devicesPerPupil: profile?.devicesPerPupil ?? 0,
        deviceKinds: profile?.deviceKinds ?? [],
      } as Pick<SearchDocument, 'devicesPerPupil' | 'deviceKinds'> as SearchDocument
      return matchesFilter(needs, allowed)
    })
    .map((doc) => toCard('pedagogical-models', doc))
}

export type CompetenceFramework = { framework: string; nodes: CompetenceTreeNode[] }

/** The competence frameworks as trees, with published models, materials and pilots counted. */
export const competenceFrameworks = async (
  payload: Payload,
  locale: Locale,
): Promise<CompetenceFramework[]> => {
  const { docs: areas } = await payload.find({
    collection: 'competence-areas',
    ...PUBLIC,
    locale,
    pagination: false,
    depth: 0,
    select: { code: true, name: true, framework: true, parent: true },
  })
  const items = (
    await Promise.all(
      (['pedagogical-models', 'digital-materials', 'pilots'] as const).map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          ...PUBLIC,
          pagination: false,
          depth: 0,
          select: { competenceAreas: true },
        })
        return (docs as Doc[]).map((doc) => ({
          key: `${collection}:${doc.id}`,
          competenceAreas: (doc.competenceAreas as Id[] | undefined) ?? [],
        }))
      }),
    )
  ).flat()
  const nodes = (areas as Doc[]).map((a) => ({
    id: a.id,
    code: String(a.code),
    name: String(a.name ?? a.code),
    framework: String(a.framework),
    parent: (a.parent as Id | null | undefined) ?? null,
  }))
  const order = ['digcompedu', 'transversal', 'city']
  return order
    .map((framework) => ({
      framework,
      nodes: competenceTree(
        nodes.filter((n) => n.framework === framework),
        items,
      ),
    }))
    .filter((f) => f.nodes.length > 0)
}

/** Top-level competence areas for the home page's entry points. */
export const topCompetences = async (payload: Payload, locale: Locale): Promise<Doc[]> => {
  const where: Where = { parent: { exists: false } }
  const { docs } = await payload.find({
    collection: 'competence-areas',
    ...PUBLIC,
    locale,
    where,
    pagination: false,
    depth: 0,
    sort: 'code',
    select: { code: true, name: true, framework: true },
  })
  return docs as Doc[]
}

/** The signed-in user from the request's `payload-token` cookie, or null. */
export const currentUser = async (
  payload: Payload,
  headers: Headers,
): Promise<PayloadRequest['user'] | null> => {
  try {
    return (await payload.auth({ headers })).user ?? null
  } catch {
    return null
  }
}
