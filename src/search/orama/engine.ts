import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  count,
  create,
  insertMultiple,
  load,
  removeMultiple,
  save,
  search,
  type AnyOrama,
  type Orama,
  type Tokenizer,
} from '@orama/orama'
import { tokenizer } from '@orama/orama/components'
import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as finnish } from '@orama/stemmers/finnish'
import { stemmer as swedish } from '@orama/stemmers/swedish'

import { LOCALES, type Locale } from '../../localization.js'
import { haversineMetres } from '../geo.js'
import {
  FACETS,
  type EngineQuery,
  type EngineResult,
  type FacetCounts,
  type Filter,
  type SearchDocument,
  type SearchEngine,
} from '../types.js'

/** Bump when the schema or the document shape changes: an older file is then rebuilt. */
const FORMAT = 1

const schema = {
  id: 'string',
  title: 'string',
  summary: 'string',
  text: 'string',
  parts: 'string[]',
  competenceNames: 'string[]',
  district: 'string',
  type: 'enum',
  licence: 'enum',
  kind: 'enum',
  gradeBands: 'enum[]',
  subjects: 'enum[]',
  competenceCodes: 'enum[]',
  competenceTop: 'enum[]',
  deviceKinds: 'enum[]',
  devicesPerPupil: 'number',
  free: 'boolean',
  updatedAt: 'number',
  geo: 'geopoint',
} as const

type Db = Orama<typeof schema>

const LANGUAGE = {
  fi: { language: 'finnish', stemmer: finnish },
  sv: { language: 'swedish', stemmer: swedish },
  en: { language: 'english', stemmer: english },
} as const

/**
 * Orama's tokenizer for the locale, minus one-letter tokens: with prefix matching a lone `e` (from
 * `e-oppikirjat`) would match every word. The Finnish splitter does not know `å`, so Swedish names
 * in Finnish text are folded to `a` rather than cut in two.
 */
const tokenizerFor = (locale: Locale): Tokenizer => {
  const base = tokenizer.createTokenizer({ ...LANGUAGE[locale], stemming: true })
  const fold = locale === 'fi' ? (raw: string) => raw.replace(/å/g, 'a').replace(/Å/g, 'A') : (raw: string) => raw
  return {
    language: base.language,
    normalizationCache: base.normalizationCache,
    tokenize: (raw, language, prop, withCache) =>
      base.tokenize.call(base, typeof raw === 'string' ? fold(raw) : raw, language, prop, withCache).filter((t) => t.length > 1),
  }
}

const createDb = (locale: Locale): Db => create({ schema, components: { tokenizer: tokenizerFor(locale) } }) as Db

const TEXT_PROPERTIES = ['title', 'summary', 'text', 'parts', 'competenceNames', 'district'] as const
const BOOST = { title: 3, summary: 1.5, competenceNames: 0.7, text: 1, district: 1, parts: 0.4 }

/** Compiles the engine-independent filter tree into an Orama `where` clause. */
export const toOramaWhere = (filter: Filter): Record<string, unknown> => {
  if ('filters' in filter) return { [filter.op]: filter.filters.map(toOramaWhere) }
  switch (filter.op) {
    case 'in':
      return { [filter.field]: { in: filter.values } }
    case 'any':
      return { [filter.field]: { containsAny: filter.values } }
    case 'lte':
      return { [filter.field]: { lte: filter.value } }
    case 'eq':
      return { [filter.field]: { eq: filter.value } }
    case 'is':
      return { [filter.field]: filter.value }
  }
}

/** Orama does not index empty enum values; they are restored from these defaults on the way out. */
const toRecord = (doc: SearchDocument): Record<string, unknown> => {
  const record: Record<string, unknown> = { ...doc }
  if (doc.location) record.geo = { lat: doc.location.lat, lon: doc.location.lng }
  for (const key of ['kind', 'licence'] as const) if (!doc[key]) delete record[key]
  return record
}

const fromRecord = (record: Record<string, unknown>): SearchDocument => {
  const { geo: _geo, ...rest } = record
  return { kind: '', licence: '', ...rest } as SearchDocument
}

const emptyFacets = (): FacetCounts =>
  Object.fromEntries(FACETS.map((f) => [f, {}])) as unknown as FacetCounts

/**
 * The in-process engine: one Orama database per locale, each with its language's stemmer,
 * persisted as JSON under `<dataDir>/search/` and restored on start.
 */
export class OramaEngine implements SearchEngine {
  readonly name = 'orama'
  private dbs = new Map<Locale, Db>()
  private dirty = false
  private flushTimer: NodeJS.Timeout | undefined
  private flushing: Promise<void> = Promise.resolve()
  /** False when the files were missing or unreadable and the index starts empty. */
  restored = false

  constructor(
    private readonly dataDir: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  private file(locale: Locale) {
    return path.join(this.dataDir, 'search', `orama-v${FORMAT}-${locale}.json`)
  }

  private db(locale: Locale): Db {
    let db = this.dbs.get(locale)
    if (!db) {
      db = createDb(locale)
      this.dbs.set(locale, db)
    }
    return db
  }

  async settings(): Promise<void> {
    if (this.dbs.size > 0) return
    let restored = true
    for (const locale of LOCALES) {
      const db = createDb(locale)
      try {
        load(db as AnyOrama, JSON.parse(await readFile(this.file(locale), 'utf8')))
      } catch (err) {
        restored = false
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
          this.log(`search index ${this.file(locale)} is unreadable (${(err as Error).message}); rebuilding`)
        }
      }
      this.dbs.set(locale, db)
    }
    if (!restored) for (const locale of LOCALES) this.dbs.set(locale, createDb(locale))
    this.restored = restored
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    for (const locale of LOCALES) {
      const mine = docs.filter((d) => d.locale === locale)
      if (mine.length === 0) continue
      const db = this.db(locale)
      await removeMultiple(db, mine.map((d) => d.id))
      await insertMultiple(db, mine.map(toRecord) as never[])
    }
    this.markDirty()
  }

  async remove(ids: string[]): Promise<void> {
    for (const locale of LOCALES) {
      const mine = ids.filter((id) => id.endsWith(`:${locale}`))
      if (mine.length > 0) await removeMultiple(this.db(locale), mine)
    }
    this.markDirty()
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const db = this.db(query.locale)
    const conditions = query.filters.map(toOramaWhere)
    if (query.near?.radiusKm !== undefined) {
      conditions.push({
        geo: {
          radius: {
            coordinates: { lat: query.near.lat, lon: query.near.lng },
            value: query.near.radiusKm * 1000,
            unit: 'm',
            inside: true,
            highPrecision: true,
          },
        },
      })
    }
    const term = query.q.trim()
    const byDistance = query.sort === 'distance' && query.near
    const facets = Object.fromEntries(FACETS.map((f) => [f, { limit: 1000 }]))
    const run = (tolerance: number) =>
      search(db, {
        term,
        properties: term ? [...TEXT_PROPERTIES] : undefined,
        boost: BOOST,
        tolerance,
        where: conditions.length === 0 ? undefined : conditions.length === 1 ? conditions[0] : { and: conditions },
        facets,
        sortBy:
          query.sort === 'newest' || (!term && !byDistance)
            ? { property: 'updatedAt', order: 'DESC' }
            : undefined,
        // Distance order is computed here, over every match.
        limit: byDistance ? count(db) : query.limit,
        offset: byDistance ? 0 : query.offset,
      } as never)
    // Exact words (and prefixes) first; only when nothing matches is one typo forgiven, in queries
    // long enough for a typo to be unambiguous. Fuzzy hits would otherwise rank with exact ones.
    let result = await run(0)
    if (result.count === 0 && term.length >= 5) result = await run(1)
    let hits = result.hits.map((hit) => {
      const doc = fromRecord(hit.document as Record<string, unknown>)
      return query.near && doc.location
        ? { doc, distance: Math.round(haversineMetres(query.near, doc.location)) }
        : { doc }
    })
    if (byDistance) {
      hits = hits
        .sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity))
        .slice(query.offset, query.offset + query.limit)
    }
    const counts = emptyFacets()
    for (const name of FACETS) {
      const values = (result.facets?.[name]?.values ?? {}) as Record<string, number>
      for (const [value, n] of Object.entries(values)) if (value !== '' && n > 0) counts[name][value] = n
    }
    return { total: result.count, hits, facets: counts }
  }

  async clear(): Promise<void> {
    for (const locale of LOCALES) this.dbs.set(locale, createDb(locale))
    this.markDirty()
  }

  async stats() {
    const byLocale = Object.fromEntries(LOCALES.map((l) => [l, count(this.db(l))])) as Record<Locale, number>
    return { documents: Object.values(byLocale).reduce((a, b) => a + b, 0), byLocale }
  }

  async ids(): Promise<string[]> {
    const ids: string[] = []
    for (const locale of LOCALES) {
      const db = this.db(locale)
      const docs = (db.data.docs as { docs: Record<string, { id: string } | undefined> }).docs
      for (const doc of Object.values(docs)) if (doc) ids.push(doc.id)
    }
    return ids
  }

  private markDirty() {
    this.dirty = true
    if (this.flushTimer) return
    // Writes come in bursts (a reindex, a drained outbox); one file write per burst is enough.
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined
      void this.flush()
    }, 1000)
    this.flushTimer.unref()
  }

  /** Writes every locale's database to disk (atomically: temp file, then rename). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (!this.dirty) return
      this.dirty = false
      await mkdir(path.join(this.dataDir, 'search'), { recursive: true })
      for (const locale of LOCALES) {
        const file = this.file(locale)
        await writeFile(`${file}.tmp`, JSON.stringify(save(this.db(locale) as AnyOrama)))
        await rename(`${file}.tmp`, file)
      }
    })
    return this.flushing
  }

  async close(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer)
    this.flushTimer = undefined
    await this.flush()
  }

  /** Deletes the files, for tests of the rebuild path. */
  async removeFiles(): Promise<void> {
    await rm(path.join(this.dataDir, 'search'), { recursive: true, force: true })
  }
}
