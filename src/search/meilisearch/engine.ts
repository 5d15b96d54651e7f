import type { Index, Meilisearch, Settings } from 'meilisearch'

import { LOCALES, type Locale } from '../../localization.js'
import { compoundParts } from '../document.js'
import {
  FACETS,
  type EngineQuery,
  type EngineResult,
  type FacetCounts,
  type SearchDocument,
  type SearchEngine,
} from '../types.js'
import { geoRadius, toMeiliFilter } from './filter.js'

/** How long a write may take to be applied before it counts as failed (the outbox then retries). */
const TASK_WAIT = { timeout: 60_000, interval: 50 }

/** Meilisearch's language codes (ISO 639-3) for the locales. */
const MEILI_LOCALE: Record<Locale, string> = { fi: 'fin', sv: 'swe', en: 'eng' }

export const meiliSettings = (locale: Locale): Settings => ({
  // Order is ranking weight: a title match beats a body match; compound parts come last.
  searchableAttributes: ['title', 'summary', 'competenceNames', 'text', 'district', 'parts'],
  filterableAttributes: [
    'type',
    'licence',
    'kind',
    'gradeBands',
    'subjects',
    'competenceCodes',
    'competenceTop',
    'deviceKinds',
    'devicesPerPupil',
    'free',
    'locale',
    '_geo',
  ],
  sortableAttributes: ['updatedAt', '_geo'],
  typoTolerance: {
    enabled: true,
    // Same rule as the in-process engine: one typo from five letters, two from nine.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
  },
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 100_000 },
  localizedAttributes: [{ attributePatterns: ['*'], locales: [MEILI_LOCALE[locale]] }],
})

/** Meilisearch ids allow only letters, digits, `-` and `_`; the `:` of our ids becomes `__`. */
export const meiliKey = (id: string): string =>
  id.replace(/[^A-Za-z0-9_-]/g, (c) => (c === ':' ? '__' : '_'))

type MeiliRecord = Omit<SearchDocument, 'location'> & {
  key: string
  location: SearchDocument['location']
  /** Compound endings (see `compoundParts`): Meilisearch matches word prefixes only. */
  parts: string[]
  _geo?: { lat: number; lng: number }
}

const toRecord = (doc: SearchDocument): MeiliRecord => ({
  ...doc,
  key: meiliKey(doc.id),
  parts: compoundParts(`${doc.title} ${doc.summary}`, doc.locale),
  ...(doc.location ? { _geo: doc.location } : {}),
})

const fromRecord = (record: Record<string, unknown>): SearchDocument => {
  const { key: _key, parts: _parts, _geo, _geoDistance: _d, _formatted: _f, ...rest } = record
  return rest as SearchDocument
}

/**
 * Meilisearch through its official client: one index per locale (`<prefix>-fi` …) so that each
 * gets its language's tokenization. Every write waits for its task; nothing sleeps.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch'
  private client: Meilisearch | undefined

  constructor(private readonly options: { host: string; apiKey?: string; indexPrefix: string }) {}

  /** The client is made on first use, never at import. */
  private async meili(): Promise<Meilisearch> {
    if (!this.client) {
      const { Meilisearch } = await import('meilisearch')
      this.client = new Meilisearch({ host: this.options.host, apiKey: this.options.apiKey })
    }
    return this.client
  }

  private uid(locale: Locale) {
    return `${this.options.indexPrefix}-${locale}`
  }

  private async index(locale: Locale): Promise<Index<MeiliRecord>> {
    return (await this.meili()).index<MeiliRecord>(this.uid(locale))
  }

  async settings(): Promise<void> {
    const client = await this.meili()
    for (const locale of LOCALES) {
      // Creating an index that exists fails the task, not the call; either way it then exists.
      await client.createIndex(this.uid(locale), { primaryKey: 'key' }).waitTask(TASK_WAIT)
      const task = await client
        .index(this.uid(locale))
        .updateSettings(meiliSettings(locale))
        .waitTask(TASK_WAIT)
      if (task.status === 'failed')
        throw new Error(`Meilisearch settings failed: ${task.error?.message}`)
    }
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    for (const locale of LOCALES) {
      const mine = docs.filter((d) => d.locale === locale).map(toRecord)
      if (mine.length === 0) continue
      const task = await (await this.index(locale)).addDocuments(mine).waitTask(TASK_WAIT)
      if (task.status === 'failed')
        throw new Error(`Meilisearch upsert failed: ${task.error?.message}`)
    }
  }

  async remove(ids: string[]): Promise<void> {
    for (const locale of LOCALES) {
      const mine = ids.filter((id) => id.endsWith(`:${locale}`)).map(meiliKey)
      if (mine.length === 0) continue
      const task = await (await this.index(locale)).deleteDocuments(mine).waitTask(TASK_WAIT)
      if (task.status === 'failed')
        throw new Error(`Meilisearch remove failed: ${task.error?.message}`)
    }
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const filter = query.filters.map(toMeiliFilter)
    if (query.near?.radiusKm !== undefined) {
      filter.push(geoRadius(query.near.lat, query.near.lng, query.near.radiusKm * 1000))
    }
    const sort =
      query.sort === 'distance' && query.near
        ? [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`]
        : query.sort === 'newest' || !query.q.trim()
          ? ['updatedAt:desc']
          : undefined
    const response = await (
      await this.index(query.locale)
    ).search(query.q.trim() || null, {
      filter: filter.length > 0 ? filter.join(' AND ') : undefined,
      sort,
      facets: [...FACETS],
      // Page-based paging makes Meilisearch count hits exactly instead of estimating.
      hitsPerPage: query.limit,
      page: Math.floor(query.offset / query.limit) + 1,
    })
    const facets = Object.fromEntries(
      FACETS.map((f) => [
        f,
        Object.fromEntries(
          Object.entries(response.facetDistribution?.[f] ?? {}).filter(
            ([v, n]) => v !== '' && n > 0,
          ),
        ),
      ]),
    ) as FacetCounts
    return {
      total: response.totalHits ?? response.hits.length,
      facets,
      hits: response.hits.map((hit) => {
        const doc = fromRecord(hit as Record<string, unknown>)
        const distance = (hit as { _geoDistance?: number })._geoDistance
        return distance !== undefined ? { doc, distance: Math.round(distance) } : { doc }
      }),
    }
  }

  async clear(): Promise<void> {
    for (const locale of LOCALES)
      await (await this.index(locale)).deleteAllDocuments().waitTask(TASK_WAIT)
  }

  async stats() {
    const byLocale = {} as Record<Locale, number>
    for (const locale of LOCALES)
      byLocale[locale] = (await (await this.index(locale)).getStats()).numberOfDocuments
    return { documents: Object.values(byLocale).reduce((a, b) => a + b, 0), byLocale }
  }

  async ids(): Promise<string[]> {
    const ids: string[] = []
    for (const locale of LOCALES) {
      const index = await this.index(locale)
      for (let offset = 0; ; offset += 1000) {
        const page = await index.getDocuments({ fields: ['id'], limit: 1000, offset })
        ids.push(...page.results.map((d) => d.id))
        if (page.results.length < 1000) break
      }
    }
    return ids
  }

  async close(): Promise<void> {}
}
