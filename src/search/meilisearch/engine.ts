import { randomUUID } from 'node:crypto'

import type {
  EnqueuedTaskPromise,
  Index,
  IndexObject,
  IndexSwap,
  Meilisearch,
  Task,
} from 'meilisearch'

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
import { batchByBytes, ByteBatcher } from './batches.js'
import { geoRadius, toMeiliFilter } from './filter.js'
import { describeDrift, MEILI_LOCALE, meiliSettings, settingsToUpdate } from './settings.js'
import { meiliQuery } from './query.js'
import { checkTask } from './tasks.js'

/** The primary key of every index: `meiliKey(id)`. Always named, never left to Meilisearch's guess. */
export const PRIMARY_KEY = 'key'
/** How long an outbox write may take to be applied before it counts as failed (the outbox retries). */
const WRITE_WAIT_MS = 60_000
/** Well under Meilisearch's default 100 MB payload limit, and few requests for a full rebuild. */
export const BATCH_BYTES = 8 * 1024 * 1024
/** Rebuild batches enqueued before waiting for the oldest (each waiter polls its task). */
const MAX_IN_FLIGHT = 4
/** Words of body text around the match that a hit carries, for the snippet (not the whole body). */
const CROP_WORDS = 40

/**
 * Marks a promise as handled while it waits in a list to be awaited later, so that a rejection
 * before then is not an unhandled rejection (which ends the process); awaiting it still throws.
 */
const handled = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => {})
  return promise
}

/** What a rebuild's fresh index adds to the live index's name. */
const REBUILD = '-rebuild-'

/** Whether `uid` is a rebuild's fresh index for the live index `live`. */
export const isRebuildOf = (uid: string, live: string): boolean =>
  uid.startsWith(`${live}${REBUILD}`) &&
  /^[a-z0-9]+-[0-9a-f]{8}$/.test(uid.slice(live.length + REBUILD.length))

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

/** Searched, never sent back: the body text (a cropped part comes back instead) and derived words. */
type Unretrieved = 'text' | 'baseForms'
/**
 * What a hit carries. Spelt out because Meilisearch has no "all but"; the check below makes a new
 * SearchDocument field fail to compile until it is listed here or in `Unretrieved`.
 */
export const RETRIEVED = [
  'id',
  'itemId',
  'type',
  'locale',
  'slug',
  'title',
  'summary',
  'gradeBands',
  'subjects',
  'competenceCodes',
  'competenceTop',
  'competenceNames',
  'devicesPerPupil',
  'deviceKinds',
  'location',
  'district',
  'kind',
  'licence',
  'free',
  'languages',
  'accessibility',
  'updatedAt',
  'url',
  'rating',
] as const satisfies readonly Exclude<keyof SearchDocument, Unretrieved>[]
type Unlisted = Exclude<keyof SearchDocument, (typeof RETRIEVED)[number] | Unretrieved>
const everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true
void everyFieldListed

export const toRecord = (doc: SearchDocument): MeiliRecord => ({
  ...doc,
  key: meiliKey(doc.id),
  parts: compoundParts(`${doc.title} ${doc.summary}`, doc.locale),
  ...(doc.location ? { _geo: doc.location } : {}),
})

/** A hit back into a document: the cropped body as `text`, Meilisearch's own fields dropped. */
export const fromHit = (hit: Record<string, unknown>): SearchDocument => {
  const { key: _key, parts: _parts, _geo, _geoDistance: _d, _formatted, ...rest } = hit
  const text = (_formatted as { text?: unknown } | undefined)?.text
  return {
    ...rest,
    text: typeof text === 'string' ? text : '',
    baseForms: '',
  } as SearchDocument
}

/** The search request for a query (pure, so that its parameters are unit-tested). */
export const searchRequest = (query: EngineQuery, q: string) => {
  const filter = query.filters.map(toMeiliFilter)
  if (query.near?.radiusKm !== undefined) {
    filter.push(geoRadius(query.near.lat, query.near.lng, query.near.radiusKm * 1000))
  }
  const sort =
    query.sort === 'distance' && query.near
      ? [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`]
      : query.sort === 'newest' || !q
        ? ['updatedAt:desc']
        : undefined
  return {
    filter: filter.length > 0 ? filter.join(' AND ') : undefined,
    sort,
    facets: [...FACETS],
    attributesToRetrieve: [...RETRIEVED],
    // The query is tokenized as the index's language, not guessed from a word or two.
    locales: [MEILI_LOCALE[query.locale]],
    ...(q ? { attributesToCrop: ['text'], cropLength: CROP_WORDS } : {}),
    // Page-based paging makes Meilisearch count hits exactly instead of estimating.
    hitsPerPage: query.limit,
    page: Math.floor(query.offset / query.limit) + 1,
  }
}

export type MeilisearchOptions = {
  host: string
  apiKey?: string
  indexPrefix: string
  /** Per HTTP request: a hung server fails the request (search answers 503) instead of blocking. */
  requestTimeoutMs: number
  /** Settings and rebuild tasks: re-indexing a full index after a settings change takes minutes. */
  taskTimeoutMs: number
  /** The words Meilisearch is asked for (default `meiliQuery`: the query and its base forms). */
  expandQuery?: (q: string, locale: Locale) => string
}

/**
 * Meilisearch through its official client: one index per locale (`<prefix>-fi` …) so that each
 * gets its language's tokenization. Every write waits for its task and checks it; nothing sleeps.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch'
  private client: Meilisearch | undefined

  constructor(private readonly options: MeilisearchOptions) {}

  /** The client is made on first use, never at import. */
  private async meili(): Promise<Meilisearch> {
    if (!this.client) {
      const { Meilisearch } = await import('meilisearch')
      this.client = new Meilisearch({
        host: this.options.host,
        apiKey: this.options.apiKey,
        timeout: this.options.requestTimeoutMs,
      })
    }
    return this.client
  }

  uid(locale: Locale): string {
    return `${this.options.indexPrefix}-${locale}`
  }

  private async index(uid: string): Promise<Index<MeiliRecord>> {
    return (await this.meili()).index<MeiliRecord>(uid)
  }

  private async wait(
    task: EnqueuedTaskPromise,
    what: string,
    timeout: number,
    allow: string[] = [],
  ): Promise<Task> {
    const done = await task.waitTask({ timeout })
    checkTask(done, what, { allow })
    return done
  }

  /** The index's description, or undefined when there is no such index. */
  private async rawIndex(uid: string): Promise<IndexObject | undefined> {
    const { MeilisearchApiError } = await import('meilisearch')
    try {
      return await (await this.meili()).getRawIndex(uid)
    } catch (err) {
      if (err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found')
        return undefined
      throw err
    }
  }

  /** Makes the index with our primary key, or checks that the existing one has it. */
  private async ensureIndex(uid: string): Promise<void> {
    const client = await this.meili()
    const existing = await this.rawIndex(uid)
    if (!existing) {
      // Another process may create it at the same moment; either way it then exists with our key.
      await this.wait(
        client.createIndex(uid, { primaryKey: PRIMARY_KEY }),
        'index creation',
        this.options.taskTimeoutMs,
        ['index_already_exists'],
      )
      return
    }
    if (existing.primaryKey === PRIMARY_KEY) return
    if (existing.primaryKey !== null && existing.primaryKey !== undefined)
      throw new Error(
        `Meilisearch index ${uid} has primary key "${existing.primaryKey}", not "${PRIMARY_KEY}": delete it and run npm run reindex`,
      )
    await this.wait(
      client.updateIndex(uid, { primaryKey: PRIMARY_KEY }),
      'setting the primary key',
      this.options.taskTimeoutMs,
    )
  }

  /** Sends only the settings that differ, so that a start with nothing to change sends no task. */
  private async applySettings(uid: string, locale: Locale): Promise<void> {
    const index = await this.index(uid)
    const update = settingsToUpdate(meiliSettings(locale), await index.getSettings())
    if (Object.keys(update).length === 0) return
    await this.wait(index.updateSettings(update), 'settings update', this.options.taskTimeoutMs)
  }

  async settings(): Promise<void> {
    for (const locale of LOCALES) {
      await this.ensureIndex(this.uid(locale))
      await this.applySettings(this.uid(locale), locale)
    }
  }

  /**
   * How the live indexes' settings differ from the adapter's, one line each, and the fresh
   * indexes of a rebuild that is running or was interrupted (its process died before deleting).
   */
  async settingsDrift(): Promise<string[]> {
    const drift: string[] = []
    const uids: string[] = []
    for (let offset = 0; ; offset += 1000) {
      const page = await (await this.meili()).getRawIndexes({ limit: 1000, offset })
      uids.push(...page.results.map((i) => i.uid))
      if (page.results.length < 1000) break
    }
    for (const locale of LOCALES)
      for (const uid of uids.filter((u) => isRebuildOf(u, this.uid(locale))))
        drift.push(`${uid}: a rebuild's index, running or interrupted (delete it if none runs)`)
    for (const locale of LOCALES) {
      const uid = this.uid(locale)
      if (!(await this.rawIndex(uid))) {
        drift.push(`${uid}: the index does not exist`)
        continue
      }
      drift.push(
        ...describeDrift(uid, meiliSettings(locale), await (await this.index(uid)).getSettings()),
      )
    }
    return drift
  }

  /** Writes documents to the indexes `uidOf` names, in batches by bytes, and checks every task. */
  private async write(
    docs: SearchDocument[],
    uidOf: (locale: Locale) => string,
    timeout: number,
  ): Promise<void> {
    const pending: Promise<Task>[] = []
    for (const locale of LOCALES) {
      const mine = docs.filter((d) => d.locale === locale).map(toRecord)
      if (mine.length === 0) continue
      const index = await this.index(uidOf(locale))
      for (const batch of batchByBytes(mine, BATCH_BYTES))
        pending.push(
          handled(
            this.wait(index.addDocuments(batch, { primaryKey: PRIMARY_KEY }), 'upsert', timeout),
          ),
        )
    }
    await Promise.all(pending)
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    await this.write(docs, (locale) => this.uid(locale), WRITE_WAIT_MS)
  }

  async remove(ids: string[]): Promise<void> {
    for (const locale of LOCALES) {
      const mine = ids.filter((id) => id.endsWith(`:${locale}`)).map(meiliKey)
      if (mine.length === 0) continue
      await this.wait(
        (await this.index(this.uid(locale))).deleteDocuments(mine),
        'remove',
        WRITE_WAIT_MS,
      )
    }
  }

  /**
   * Fills fresh indexes beside the live ones, then swaps them in (one atomic task for all locales)
   * and deletes the old contents: search keeps answering from the old index until the swap.
   * Writes the outbox makes meanwhile go to the live index and are lost at the swap; the caller
   * re-syncs what changed since it started (see `reindexAll`).
   */
  async rebuild(
    fill: (write: (docs: SearchDocument[]) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const client = await this.meili()
    const timeout = this.options.taskTimeoutMs
    // Unique per rebuild: two processes finding an empty index at start may both rebuild.
    const suffix = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`
    const fresh = (locale: Locale) => `${this.uid(locale)}${REBUILD}${suffix}`
    try {
      for (const locale of LOCALES) {
        // A swap needs both indexes; settings go on the empty index, where they cost nothing.
        await this.ensureIndex(this.uid(locale))
        await this.ensureIndex(fresh(locale))
        await this.applySettings(fresh(locale), locale)
      }
      // Batches fill up across `fill`'s calls; a few tasks in flight keep Meilisearch busy.
      const batchers = new Map(LOCALES.map((l) => [l, new ByteBatcher<MeiliRecord>(BATCH_BYTES)]))
      const inFlight: Promise<Task>[] = []
      const send = async (locale: Locale, batch: MeiliRecord[] | undefined) => {
        if (!batch) return
        const index = await this.index(fresh(locale))
        inFlight.push(
          handled(
            this.wait(index.addDocuments(batch, { primaryKey: PRIMARY_KEY }), 'upsert', timeout),
          ),
        )
        if (inFlight.length >= MAX_IN_FLIGHT) await inFlight.shift()
      }
      await fill(async (docs) => {
        for (const doc of docs) await send(doc.locale, batchers.get(doc.locale)!.add(toRecord(doc)))
      })
      for (const locale of LOCALES) await send(locale, batchers.get(locale)!.flush())
      await Promise.all(inFlight)
      // `rename` is left out: servers before 1.18 refuse the field, and false is its default.
      const swaps = LOCALES.map((l) => ({ indexes: [this.uid(l), fresh(l)] }) as IndexSwap)
      await this.wait(client.swapIndexes(swaps), 'index swap', timeout)
    } finally {
      for (const locale of LOCALES)
        await this.wait(client.deleteIndex(fresh(locale)), 'old index deletion', timeout, [
          'index_not_found',
        ])
    }
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const q = (this.options.expandQuery ?? meiliQuery)(query.q, query.locale).trim()
    const response = await (
      await this.index(this.uid(query.locale))
    ).search(q || null, searchRequest(query, q))
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
        const doc = fromHit(hit as Record<string, unknown>)
        const distance = (hit as { _geoDistance?: number })._geoDistance
        return distance !== undefined ? { doc, distance: Math.round(distance) } : { doc }
      }),
    }
  }

  /**
   * Completions of what is typed: the titles Meilisearch finds for it (prefix and typo tolerant),
   * best first. Unlike the in-process engine it offers no single words: Meilisearch does not
   * expose its vocabulary.
   */
  async suggest(locale: Locale, typed: string, limit: number): Promise<string[]> {
    const q = typed.trim()
    if (!q || limit < 1) return []
    const response = await (
      await this.index(this.uid(locale))
    ).search(q, {
      attributesToSearchOn: ['title'],
      attributesToRetrieve: ['title'],
      locales: [MEILI_LOCALE[locale]],
      // Room for titles that repeat (the same place in two collections).
      limit: limit * 2,
    })
    return [...new Set(response.hits.map((h) => h.title))].slice(0, limit)
  }

  async clear(): Promise<void> {
    for (const locale of LOCALES)
      await this.wait(
        (await this.index(this.uid(locale))).deleteAllDocuments(),
        'clear',
        this.options.taskTimeoutMs,
      )
  }

  async stats() {
    const byLocale = {} as Record<Locale, number>
    for (const locale of LOCALES)
      byLocale[locale] = (await (await this.index(this.uid(locale))).getStats()).numberOfDocuments
    return { documents: Object.values(byLocale).reduce((a, b) => a + b, 0), byLocale }
  }

  async ids(): Promise<string[]> {
    const ids: string[] = []
    for (const locale of LOCALES) {
      // A missing index holds nothing (the drift check then lists every document as missing).
      if (!(await this.rawIndex(this.uid(locale)))) continue
      const index = await this.index(this.uid(locale))
      for (let offset = 0; ; offset += 1000) {
        const page = await index.getDocuments({ fields: ['id'], limit: 1000, offset })
        ids.push(...page.results.map((d) => d.id))
        if (page.results.length < 1000) break
      }
    }
    return ids
  }

  /** Deletes this engine's indexes (tests, each with its own prefix, clean up with it). */
  async drop(): Promise<void> {
    const client = await this.meili()
    for (const locale of LOCALES)
      await this.wait(
        client.deleteIndex(this.uid(locale)),
        'index deletion',
        this.options.taskTimeoutMs,
        ['index_not_found'],
      )
  }

  async close(): Promise<void> {}
}
