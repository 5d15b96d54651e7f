import type { ContentCollection } from '../../collections/slugs.js'
import type { Locale } from '../localization.js'

/** What the engines index: one item in one locale, flattened for search and filtering. */
export type SearchDocument = {
  /** `<collection>:<id>:<locale>`, so that an upsert of the same item and locale replaces it. */
  id: string
  itemId: string
  type: ContentCollection
  locale: Locale
  slug: string
  title: string
  summary: string
  /** Plain text of the rich-text body (and other long text). */
  text: string
  gradeBands: string[]
  subjects: string[]
  /** The codes of the linked competence areas and of all their ancestors (subtree filtering). */
  competenceCodes: string[]
  /** Top-level codes of the linked competence areas (the facet). */
  competenceTop: string[]
  competenceNames: string[]
  /**
   * Every analysed term of the title, summary, text, competence names and district, space-joined
   * (`analysis/index.ts` `baseForms`: Voikko base forms and compound parts, or Snowball stems).
   * For engines that cannot analyse Finnish themselves (Meilisearch searches it with
   * `analyseQuery(q, locale)`); Orama analyses the fields itself in the same way.
   */
  baseForms: string
  /** Devices per pupil the item needs; 0 when it needs none. */
  devicesPerPupil: number
  deviceKinds: string[]
  location: { lat: number; lng: number } | null
  district: string
  kind: string
  licence: string
  free: boolean
  languages: string[]
  accessibility: string[]
  /** Milliseconds since the epoch. */
  updatedAt: number
  url: string
  /** Teachers' ratings: the mean of 1–5 to one decimal (null without any) and how many there are. */
  rating: { average: number | null; count: number }
}

export const FACETS = ['type', 'gradeBands', 'competenceTop', 'licence', 'kind'] as const
export type FacetName = (typeof FACETS)[number]
export type FacetCounts = Record<FacetName, Record<string, number>>

/** Engine-independent filter tree, compiled by each adapter; values are validated before. */
export type Filter =
  | { field: 'type' | 'licence' | 'kind'; op: 'in'; values: string[] }
  | {
      field: 'gradeBands' | 'subjects' | 'competenceCodes' | 'deviceKinds'
      op: 'any'
      values: string[]
    }
  | { field: 'devicesPerPupil'; op: 'lte' | 'eq'; value: number }
  | { field: 'free'; op: 'is'; value: boolean }
  | { op: 'and' | 'or'; filters: Filter[] }

export type EngineQuery = {
  locale: Locale
  q: string
  filters: Filter[]
  near?: { lat: number; lng: number; radiusKm?: number }
  sort: 'relevance' | 'distance' | 'newest'
  offset: number
  limit: number
}

export type EngineHit = { doc: SearchDocument; distance?: number }
export type EngineResult = {
  total: number
  hits: EngineHit[]
  facets: FacetCounts
  /** When nothing matched: the query corrected from the index's own words, if that finds some. */
  didYouMean?: string
}

/** The one interface search talks to; adapters only talk to their engine. */
export interface SearchEngine {
  readonly name: 'orama' | 'meilisearch'
  /** Creates indexes and applies settings; safe to call again. */
  settings(): Promise<void>
  upsert(docs: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  search(query: EngineQuery): Promise<EngineResult>
  /** Up to `limit` completions of what is typed (titles, then words); absent: no completions. */
  suggest?(locale: Locale, typed: string, limit: number): Promise<string[]>
  clear(): Promise<void>
  stats(): Promise<{ documents: number; byLocale: Record<Locale, number> }>
  /** Every document id in the index, for the drift check. */
  ids(): Promise<string[]>
  /**
   * Rebuilds from what `fill` writes into a fresh index and switches to it at the end, so that
   * search answers from the old one meanwhile. Engines without it are cleared and refilled.
   */
  rebuild?(fill: (write: (docs: SearchDocument[]) => Promise<void>) => Promise<void>): Promise<void>
  /** How the engine's live settings differ from what the adapter applies (none: empty). */
  settingsDrift?(): Promise<string[]>
  /** Persists what needs persisting and lets go of resources. */
  close(): Promise<void>
}
