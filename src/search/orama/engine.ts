import path from 'node:path'

import { count, create, insertMultiple, removeMultiple, type Orama } from '@orama/orama'
import { internalDocumentIDStore } from '@orama/orama/components'

import { LOCALES, type Locale } from '../../localization.js'
import { analyser, typoBudget, type AnalysedWord } from '../analysis/index.js'
import { closeTerms } from '../analysis/typos.js'
import { haversineMetres } from '../geo.js'
import { matchesFilter } from '../match.js'
import type {
  EngineHit,
  EngineQuery,
  EngineResult,
  SearchDocument,
  SearchEngine,
} from '../types.js'
import { FacetDictionary, type FacetCodes } from './facets.js'
import { indexWithFastScoring } from './scoring.js'
import { DocumentStore } from './store.js'
import { TitleWords } from './suggest.js'
import { rank, titleTerms, type TitleTerms, type WordHits } from './ranking.js'
import { TERM_AS_IS, tokenizerFor } from './tokenizer.js'

/**
 * Orama indexes the text only. Filters, facets and order are worked out over the documents kept
 * beside it (`Entry`): Orama's facets re-read every matching document on every query and dominated
 * search time, and every filter-only property was one more tree to update on every insert.
 */
const schema = {
  id: 'string',
  title: 'string',
  summary: 'string',
  text: 'string',
  competenceNames: 'string',
  district: 'string',
  /** Title and summary again, tokenized into their compound parts (see `tokenizerFor`). */
  parts: 'string',
} as const

type Db = Orama<typeof schema>

const TEXT_PROPERTIES = [
  'title',
  'summary',
  'text',
  'competenceNames',
  'district',
  'parts',
] as const
/** A match inside a compound (`parts`) counts for less than a whole-word match. */
const BOOST = { title: 3, summary: 1.5, competenceNames: 0.7, text: 1, district: 1, parts: 0.4 }
/** Orama's default BM25 parameters. */
const BM25 = { k: 1.2, b: 0.75, d: 0.5 }
/** Distinct queries whose results are kept until the next write (popular queries repeat). */
const CACHE_SIZE = 500
/** The snapshot is rewritten once the log has this many lines and at least as many as documents. */
const COMPACT_AFTER = 1000
/** Documents per Orama insert while restoring, so that start-up does not hold the process for long. */
const RESTORE_BATCH = 500

const toRecord = (doc: SearchDocument) => ({
  id: doc.id,
  title: doc.title,
  summary: doc.summary,
  text: doc.text,
  // One string, not a string[]: Orama keeps the term frequencies of an array's last element only.
  competenceNames: doc.competenceNames.join('\n'),
  district: doc.district,
  parts: `${doc.title}\n${doc.summary}`,
})

/** The best score per document over several lookups (a word's alternative terms). */
const merge = (maps: Map<number, number>[]): Map<number, number> => {
  if (maps.length === 1) return maps[0]!
  const out = new Map<number, number>()
  for (const map of maps)
    for (const [id, score] of map) if (score > (out.get(id) ?? 0)) out.set(id, score)
  return out
}

/** A document with its facet values and title terms worked out once, when it is written. */
type Entry = { doc: SearchDocument; facets: FacetCodes; title: TitleTerms }

const byNewest = (a: Entry, b: Entry): number =>
  b.doc.updatedAt - a.doc.updatedAt || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0)

type LocaleIndex = {
  db: Db
  entries: Map<string, Entry>
  /** Every entry, newest first; made on the first query after a write. */
  newest?: Entry[]
  /** Every indexed term with its document count; made on the first typo after a write. */
  vocabulary?: Map<string, number>
  /** The titles' words, for completions and "did you mean"; made on first use after a write. */
  titleWords?: TitleWords
}

/** Orama's own count of each token's documents, per property: the index's vocabulary. */
const vocabularyOf = (db: Db): Map<string, number> => {
  const occurrences = (
    db.data.index as unknown as {
      tokenOccurrences: Record<string, Record<string, number>>
    }
  ).tokenOccurrences
  const out = new Map<string, number>()
  for (const prop of TEXT_PROPERTIES)
    for (const [term, n] of Object.entries(occurrences[prop] ?? {}))
      if (n > 0) out.set(term, Math.max(out.get(term) ?? 0, n))
  return out
}

const createIndex = (locale: Locale): LocaleIndex => ({
  db: create({
    schema,
    // Results are ordered here, never by Orama's sorter; keeping one per property cost every insert.
    sort: { enabled: false },
    components: { tokenizer: tokenizerFor(locale), index: indexWithFastScoring() },
  }) as Db,
  entries: new Map(),
})

/**
 * The in-process engine: per locale, an Orama database for the text (with that language's stemmer)
 * and the documents themselves for filters, facets and order. The documents are kept on disk under
 * `<dataDir>/search/` (see `DocumentStore`) and the index is rebuilt from them on start.
 */
export class OramaEngine implements SearchEngine {
  readonly name = 'orama'
  private indexes = new Map<Locale, LocaleIndex>()
  private facets = new FacetDictionary()
  private cache = new Map<string, EngineResult>()
  private readonly store: DocumentStore
  /** False when there were no files or they were unreadable, and the index starts empty. */
  restored = false

  private readonly cacheSize: number

  constructor(
    dataDir: string,
    private readonly log: (message: string) => void = () => {},
    /** `cacheSize: 0` turns the result cache off (the benchmark measures both). */
    { cacheSize = CACHE_SIZE }: { cacheSize?: number } = {},
  ) {
    this.store = new DocumentStore(path.join(dataDir, 'search'))
    this.cacheSize = cacheSize
  }

  private index(locale: Locale): LocaleIndex {
    let index = this.indexes.get(locale)
    if (!index) {
      index = createIndex(locale)
      this.indexes.set(locale, index)
    }
    return index
  }

  async settings(): Promise<void> {
    if (this.indexes.size > 0) return
    const stored = await this.store.read().catch((err: Error) => {
      this.log(`search index ${this.store.snapshotFile} is unreadable (${err.message}); rebuilding`)
      return null
    })
    for (const locale of LOCALES) this.indexes.set(locale, createIndex(locale))
    this.restored = stored !== null
    for (let i = 0; i < (stored?.length ?? 0); i += RESTORE_BATCH) {
      await this.apply(stored!.slice(i, i + RESTORE_BATCH), [])
      // Let requests and timers in between batches.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  /** Brings the in-memory indexes in line: the upserted documents in, the removed ids out. */
  private async apply(docs: SearchDocument[], removed: string[]): Promise<void> {
    for (const locale of LOCALES) {
      const index = this.index(locale)
      // The last version of a document in the batch wins; Orama refuses a duplicate id.
      const mine = [
        ...new Map(docs.filter((d) => d.locale === locale).map((d) => [d.id, d])).values(),
      ]
      const gone = removed.filter((id) => id.endsWith(`:${locale}`))
      // Removing an id Orama never saw still allocates it an internal id; a reindex skips that.
      const present = [...mine.map((d) => d.id), ...gone].filter((id) => index.entries.has(id))
      if (mine.length === 0 && present.length === 0) continue
      if (present.length > 0) await removeMultiple(index.db, present)
      for (const id of gone) index.entries.delete(id)
      if (mine.length > 0) await insertMultiple(index.db, mine.map(toRecord) as never[])
      for (const doc of mine)
        index.entries.set(doc.id, {
          doc,
          facets: this.facets.encode(doc),
          title: titleTerms(analyser().queryWords(doc.title, locale)),
        })
      index.newest = undefined
      index.vocabulary = undefined
      index.titleWords = undefined
    }
    this.cache.clear()
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    await this.apply(docs, [])
    await this.store.append(docs.map((doc) => ({ upsert: doc })))
    await this.compactIfDue()
  }

  async remove(ids: string[]): Promise<void> {
    await this.apply([], ids)
    await this.store.append(ids.map((id) => ({ remove: id })))
    await this.compactIfDue()
  }

  private documents(): SearchDocument[] {
    return LOCALES.flatMap((locale) => [...this.index(locale).entries.values()].map((e) => e.doc))
  }

  private async compactIfDue(): Promise<void> {
    const documents = LOCALES.reduce((sum, locale) => sum + this.index(locale).entries.size, 0)
    if (this.store.logged >= Math.max(COMPACT_AFTER, documents))
      await this.store.snapshot(() => this.documents())
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    // Filters and parameters come in a fixed order from one builder, so equal queries are equal strings.
    const key = JSON.stringify(query)
    const cached = this.cache.get(key)
    if (cached) {
      // Least recently used goes first: re-inserting moves the key to the end.
      this.cache.delete(key)
      this.cache.set(key, cached)
      return cached
    }
    const result = await this.run(query)
    if (this.cacheSize === 0) return result
    if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value!)
    this.cache.set(key, result)
    return result
  }

  private async run(query: EngineQuery): Promise<EngineResult> {
    const index = this.index(query.locale)
    const { near } = query
    const radius = near?.radiusKm !== undefined ? near.radiusKm * 1000 : undefined
    const accepts =
      query.filters.length === 0 && radius === undefined
        ? undefined
        : (doc: SearchDocument): boolean =>
            query.filters.every((f) => matchesFilter(doc, f)) &&
            (radius === undefined ||
              (!!doc.location && haversineMetres(near!, doc.location) <= radius))
    const term = query.q.trim()
    const byDistance = query.sort === 'distance' && !!near

    let matches: readonly Entry[]
    if (term) {
      matches = this.textMatches(index, query.locale, term, accepts)
      if (query.sort === 'newest' && !byDistance) matches = [...matches].sort(byNewest)
    } else {
      // Without words the order is newest first, which the kept list already is.
      index.newest ??= [...index.entries.values()].sort(byNewest)
      matches = accepts ? index.newest.filter((entry) => accepts(entry.doc)) : index.newest
    }
    if (byDistance) {
      matches = matches
        .map((entry) => ({
          entry,
          metres: entry.doc.location ? haversineMetres(near, entry.doc.location) : Infinity,
        }))
        .sort((a, b) => a.metres - b.metres)
        .map(({ entry }) => entry)
    }

    const didYouMean =
      term && matches.length === 0 ? this.didYouMean(index, query.locale, term) : undefined
    const hits = matches
      .slice(query.offset, query.offset + query.limit)
      .map(({ doc }): EngineHit =>
        near && doc.location
          ? { doc, distance: Math.round(haversineMetres(near, doc.location)) }
          : { doc },
      )
    return {
      total: matches.length,
      hits,
      facets: this.facets.count(matches.map((entry) => entry.facets)),
      ...(didYouMean ? { didYouMean } : {}),
    }
  }

  private titleWords(index: LocaleIndex): TitleWords {
    return (index.titleWords ??= new TitleWords(
      [...index.entries.values()].map((e) => e.doc.title),
    ))
  }

  /** The query corrected from the titles' words, when the correction finds something. */
  private didYouMean(index: LocaleIndex, locale: Locale, term: string): string | undefined {
    const corrected = this.titleWords(index).correct(term)
    if (!corrected) return undefined
    return this.textMatches(index, locale, corrected, undefined).length > 0 ? corrected : undefined
  }

  /**
   * Completions of what is typed: titles first (see `TitleWords.complete`), then words that
   * begin with the last typed word: Voikko's base forms for Finnish, else title words (Snowball
   * stems are no words to offer).
   */
  async suggest(locale: Locale, typed: string, limit: number): Promise<string[]> {
    const index = this.index(locale)
    const words = this.titleWords(index)
    const out = words.complete(typed, limit)
    const last = typed.toLowerCase().match(/[\p{L}\p{N}]+$/u)?.[0]
    if (out.length < limit && last) {
      const terms =
        locale === 'fi' && analyser().name === 'voikko'
          ? [...(index.vocabulary ??= vocabularyOf(index.db))]
              .filter(([t]) => t.startsWith(last) && t.length > last.length)
              .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
              .map(([t]) => t)
          : words.wordsStarting(last, limit)
      const before = typed.slice(0, typed.length - last.length)
      for (const term of terms) {
        if (out.length >= limit) break
        const completion = before + term
        if (!out.includes(completion)) out.push(completion)
      }
    }
    return out
  }

  /**
   * Every accepted document matching the words, best first (`rank`). Each query word is analysed
   * (`analysis/index.ts`) and each of its terms and compound parts looked up on its own, asking
   * Orama's index component for scored ids directly: its `search()` would also build a hit object
   * per match, and one lookup per term is what lets a word match through its parts, and lets typo
   * tolerance and Voikko's suggestions apply per word.
   */
  private textMatches(
    index: LocaleIndex,
    locale: Locale,
    term: string,
    accepts: ((doc: SearchDocument) => boolean) | undefined,
  ): Entry[] {
    const db = index.db
    const docsCount = count(db)
    if (docsCount === 0) return []
    const lookup = (token: string, tolerance: number): Map<number, number> =>
      new Map(
        db.index.search(
          db.data.index,
          token,
          TERM_AS_IS,
          undefined,
          [...TEXT_PROPERTIES],
          false,
          tolerance,
          BOOST,
          BM25,
          docsCount,
          undefined,
          1,
        ) as [number, number][],
      )
    const words = analyser().queryWords(term, locale)
    const vocabulary = () => (index.vocabulary ??= vocabularyOf(db))
    const hits = words.map((word) => this.wordHits(word, locale, lookup, vocabulary))
    const idOf = (internalId: number) =>
      internalDocumentIDStore.getDocumentIdFromInternalId(db.internalDocumentIDStore, internalId)
    const ranked = rank(hits, (internalId) => index.entries.get(idOf(internalId))?.title)
    const matches: Entry[] = []
    for (const { id } of ranked) {
      const entry = index.entries.get(idOf(id))
      if (entry && (!accepts || accepts(entry.doc))) matches.push(entry)
    }
    return matches
  }

  /**
   * One query word's matches: its terms and parts exactly (or as prefixes) first. Only when that
   * finds nothing are typos forgiven: the closest indexed terms within the word's budget
   * (`typoBudget`, by its length), and then Voikko's spelling suggestions for a word it does not
   * know. Fuzzy hits would otherwise rank with exact ones. The vocabulary is searched here rather
   * than with Orama's tolerance, which walks the whole tree per property (100 ms on the seed).
   */
  private wordHits(
    word: AnalysedWord,
    locale: Locale,
    lookup: (token: string, tolerance: number) => Map<number, number>,
    vocabulary: () => Map<string, number>,
  ): WordHits {
    const exact = (w: AnalysedWord): WordHits => ({
      word: w,
      terms: merge(w.terms.map((t) => lookup(t, 0))),
      parts: w.parts.length > 1 ? w.parts.map((p) => lookup(p, 0)) : [],
    })
    const found = (h: WordHits) =>
      h.terms.size > 0 || (h.parts.length > 0 && h.parts.every((p) => p.size > 0))
    const first = exact(word)
    if (found(first)) return first
    const forms = [...new Set([word.word.toLowerCase(), ...word.terms])]
    for (const term of closeTerms(vocabulary(), forms, typoBudget(word.word.length))) {
      const hits = exact({ word: term, terms: [term], parts: [] })
      if (found(hits)) return hits
    }
    for (const suggestion of analyser().suggest(word.word, locale).slice(0, 3)) {
      const hits = exact(analyser().word(suggestion, locale))
      if (found(hits)) return hits
    }
    return first
  }

  async clear(): Promise<void> {
    for (const locale of LOCALES) this.indexes.set(locale, createIndex(locale))
    this.cache.clear()
    await this.store.snapshot(() => [])
  }

  async stats() {
    const byLocale = Object.fromEntries(
      LOCALES.map((l) => [l, this.index(l).entries.size]),
    ) as Record<Locale, number>
    return { documents: Object.values(byLocale).reduce((a, b) => a + b, 0), byLocale }
  }

  async ids(): Promise<string[]> {
    return LOCALES.flatMap((locale) => [...this.index(locale).entries.keys()])
  }

  /** Writes the snapshot when the log has grown; every change is already on disk in the log. */
  async close(): Promise<void> {
    if (this.store.logged > 0) await this.store.snapshot(() => this.documents())
    await this.store.settled()
  }

  /** Deletes the files, for tests of the rebuild path. */
  async removeFiles(): Promise<void> {
    await this.store.removeFiles()
  }
}
