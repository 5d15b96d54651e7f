import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as finnish } from '@orama/stemmers/finnish'
import { stemmer as swedish } from '@orama/stemmers/swedish'

import { env } from '../../env.js'
import type { Locale } from '../../localization.js'
import { compoundEndings } from './endings.js'
import { Lru } from './lru.js'
import { splitSwedish } from './swedish.js'
import { loadVoikko, type Voikko } from './voikko.js'

/**
 * One word of a text, analysed: `terms` are what the word is indexed and searched as (Voikko's
 * base forms, or one Snowball stem), `parts` the terms of its compound parts (empty for a simple
 * word). Both engines receive these, so they cannot analyse differently.
 */
export type AnalysedWord = { word: string; terms: string[]; parts: string[] }

export type AnalyserName = 'voikko' | 'snowball'

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
/** Words a teacher adds that say nothing of the subject; dropped unless they are the whole query. */
const STOPWORDS: Record<Locale, ReadonlySet<string>> = {
  fi: new Set(['ja', 'tai', 'on', 'olla', 'se', 'että', 'kanssa', 'myös', 'sekä', 'kuin']),
  sv: new Set(['och', 'eller', 'i', 'på', 'av', 'för', 'med', 'en', 'ett', 'som', 'är', 'att']),
  en: new Set(['and', 'or', 'the', 'a', 'an', 'of', 'in', 'on', 'for', 'with', 'to', 'at', 'is']),
}
const STEMMERS: Record<Locale, (word: string) => string> = { fi: finnish, sv: swedish, en: english }
/** Distinct words remembered per locale (a few MB at most). */
const CACHE_SIZE = 50_000
const unique = (values: string[]): string[] => [...new Set(values)]

/** A lower-case word without its hyphens folded away: `ulko-opetus` and `ulkoopetus` agree. */
const fold = (word: string): string => word.toLowerCase().replace(/[-'’]/g, '')

export class Analyser {
  private readonly caches: Record<Locale, Lru<string, AnalysedWord>> = {
    fi: new Lru(CACHE_SIZE),
    sv: new Lru(CACHE_SIZE),
    en: new Lru(CACHE_SIZE),
  }

  constructor(
    readonly name: AnalyserName,
    private readonly voikko: Voikko | null,
  ) {}

  /** What start-up logs: which analyser each language uses. */
  describe(): string {
    return this.name === 'voikko'
      ? 'search analyser: Voikko (libvoikko) for Finnish, Snowball with listed compounds for Swedish, Snowball for English'
      : 'search analyser: Snowball (libvoikko not in use) for Finnish, Snowball with listed compounds for Swedish, Snowball for English'
  }

  /** One word (as written) analysed in the locale; remembered. */
  word(raw: string, locale: Locale): AnalysedWord {
    const cache = this.caches[locale]
    const cached = cache.get(raw)
    if (cached) return cached
    const analysed = this.analyseWord(raw, locale)
    cache.set(raw, analysed)
    return analysed
  }

  private stem(word: string, locale: Locale): string {
    return STEMMERS[locale](word)
  }

  private analyseWord(raw: string, locale: Locale): AnalysedWord {
    const analysed = this.analyseWhole(raw, locale)
    // A hyphenated word the analysis leaves whole (`Scratch-ohjelmointiympäristö`) also has its
    // pieces as parts, so that `ohjelmointi` finds it.
    const pieces = raw.split(/[-'’]/).filter((p) => p.length > 1)
    if (pieces.length < 2 || analysed.parts.length > 0) return analysed
    const parts = unique(
      pieces.flatMap((p) => [...this.word(p, locale).terms, ...this.word(p, locale).parts]),
    )
    return { ...analysed, parts: parts.filter((p) => !analysed.terms.includes(p)) }
  }

  private analyseWhole(raw: string, locale: Locale): AnalysedWord {
    const word = fold(raw)
    if (locale === 'fi' && this.voikko) {
      const analyses = this.voikko.analyse(raw.replace(/’/g, "'"))
      if (analyses.length > 0) {
        const terms = unique(analyses.flatMap((a) => a.bases.map(fold)))
        // The analysis with the most parts: `kaupunginmuseo` → `kaupungin` + `museo`.
        const pieces = analyses.reduce(
          (best, a) => (a.pieces.length > best.length ? a.pieces : best),
          [] as string[],
        )
        const parts =
          pieces.length > 1
            ? unique(pieces.flatMap((piece) => this.word(piece, 'fi').terms)).filter(
                (p) => p.length > 1 && !terms.includes(p),
              )
            : []
        return { word: raw, terms: terms.length > 0 ? terms : [word], parts }
      }
      // Unknown to Voikko (a name, a misspelling): the Snowball stem keeps it findable.
      return { word: raw, terms: [this.stem(word, 'fi')], parts: [] }
    }
    const terms = [this.stem(word, locale)]
    if (locale === 'sv')
      return { word: raw, terms, parts: unique(splitSwedish(word).map((p) => this.stem(p, 'sv'))) }
    // Finnish without Voikko: no real parts (see `indexParts` for the endings used instead).
    return { word: raw, terms, parts: [] }
  }

  /** The words of a text, analysed in order (stopwords kept: see `queryWords`). */
  words(text: string, locale: Locale): AnalysedWord[] {
    const out: AnalysedWord[] = []
    for (const m of text.matchAll(WORD)) {
      // One letter (the `e` of `e-oppikirja`) would prefix-match every word.
      if (m[0].length < 2) continue
      out.push(this.word(m[0], locale))
    }
    return out
  }

  /**
   * The compound parts a text is indexed under (the low-weight `parts` field): each word's parts,
   * or, for Finnish with Snowball, which has no splitter, every word's endings of five letters or
   * more, stemmed (`robottiohjelmointi` → … `ohjelmointi`). A whole-word match still ranks higher.
   */
  indexParts(text: string, locale: Locale): string[] {
    if (locale === 'fi' && !this.voikko)
      return unique(compoundEndings(text, locale).map((p) => this.stem(p, 'fi'))).filter(
        (p) => p.length > 2,
      )
    return unique(this.words(text, locale).flatMap((w) => w.parts))
  }

  /** The words of a query that carry meaning: stopwords go unless nothing else is left. */
  queryWords(text: string, locale: Locale): AnalysedWord[] {
    const words = this.words(text, locale)
    const meaningful = words.filter(
      (w) =>
        !STOPWORDS[locale].has(fold(w.word)) && !w.terms.every((t) => STOPWORDS[locale].has(t)),
    )
    return meaningful.length > 0 ? meaningful : words
  }

  /** Voikko's spelling suggestions for a Finnish word it does not know ([] with Snowball). */
  suggest(word: string, locale: Locale): string[] {
    return locale === 'fi' && this.voikko ? this.voikko.suggest(word) : []
  }
}

let current: Analyser | undefined

/**
 * The process's analyser, chosen on first use: Voikko when LEARNING_CITY_ANALYSER is `auto` (the
 * default) or `voikko` and libvoikko with its Finnish dictionary loads, else Snowball. `voikko`
 * without the library is an error rather than a silent fallback.
 */
export const analyser = (): Analyser => {
  if (current) return current
  const wanted = env().LEARNING_CITY_ANALYSER
  const voikko = wanted === 'snowball' ? null : loadVoikko('fi')
  if (wanted === 'voikko' && !voikko)
    throw new Error(
      'LEARNING_CITY_ANALYSER=voikko, but libvoikko.so.1 with the Finnish dictionary could not be loaded (apt-get install libvoikko1 voikko-fi)',
    )
  current = new Analyser(voikko ? 'voikko' : 'snowball', voikko)
  return current
}

/**
 * Uses the given analyser from now on (the relevance bench compares both in one process); an
 * index built before must be rebuilt, since its terms came from the previous one. Returns false
 * when Voikko was asked for and libvoikko cannot be loaded.
 */
export const selectAnalyser = (name: AnalyserName): boolean => {
  const voikko = name === 'voikko' ? loadVoikko('fi') : null
  if (name === 'voikko' && !voikko) return false
  current = new Analyser(name, voikko)
  return true
}

/** Every term of a text: the words' terms and their parts, in order, each once. */
export const baseForms = (text: string, locale: Locale): string[] =>
  unique(
    analyser()
      .words(text, locale)
      .flatMap((w) => [...w.terms, ...w.parts]),
  )

/**
 * A query as the engines should search it: each meaningful word's terms and parts, space-joined.
 * The Meilisearch adapter searches this against the documents' `baseForms` attribute, so
 * inflected and compound queries match there as they do in Orama.
 */
export const analyseQuery = (text: string, locale: Locale): string =>
  unique(
    analyser()
      .queryWords(text, locale)
      .flatMap((w) => [...w.terms, ...w.parts]),
  ).join(' ')

/**
 * Typos forgiven in a word of this many letters, as Meilisearch's defaults: none below 5, one
 * from 5, two from 9. Counted on the analysed word, after morphology has had its chance.
 */
export const typoBudget = (length: number): number => (length < 5 ? 0 : length < 9 ? 1 : 2)
