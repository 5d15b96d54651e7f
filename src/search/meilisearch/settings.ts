import type { Settings } from 'meilisearch'

import type { Locale } from '../../localization.js'
import type { SearchDocument } from '../types.js'

/** Meilisearch's language codes (ISO 639-3) for the locales. */
export const MEILI_LOCALE: Record<Locale, 'fin' | 'swe' | 'eng'> = {
  fi: 'fin',
  sv: 'swe',
  en: 'eng',
}

/**
 * The documents' analysed terms (`SearchDocument.baseForms`, from src/search/analysis/): what the
 * expanded query (`meiliQuery`) matches, since Meilisearch does not stem Finnish or Swedish.
 */
export const BASE_FORMS = 'baseForms' satisfies keyof SearchDocument

/**
 * Order is ranking weight: a title match beats a body match; base forms and compound parts come
 * after the words as written, so that an exact form still ranks first.
 */
export const SEARCHABLE = [
  'title',
  'summary',
  'competenceNames',
  'text',
  'district',
  BASE_FORMS,
  'parts',
] as const

export const FILTERABLE = [
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
] as const

export const SORTABLE = ['updatedAt', '_geo'] as const

/**
 * `sort` first: a requested order (newest, distance) is strict, as it is on the in-process engine;
 * Meilisearch's default puts it after words, typo, proximity and attribute, where it only breaks
 * ties. Without a `sort` parameter the rule does nothing and relevance decides.
 */
export const RANKING_RULES = [
  'sort',
  'words',
  'typo',
  'proximity',
  'attribute',
  'exactness',
] as const

/**
 * Function words that carry no meaning in a teacher's query. Kept short on purpose: a stop word
 * can never be searched for, and the in-process engine keeps every word.
 */
export const STOP_WORDS: Record<Locale, string[]> = {
  fi: ['ja', 'sekä', 'tai', 'on', 'ovat', 'se', 'ne'],
  sv: ['och', 'eller', 'att', 'är', 'en', 'ett', 'det', 'den', 'som'],
  en: ['the', 'a', 'an', 'and', 'or', 'of', 'to', 'is', 'are'],
}

/**
 * Abbreviations teachers type for what the content spells out (both directions, as Meilisearch
 * synonyms are one-way).
 */
const SYNONYM_PAIRS: Record<Locale, [string, string][]> = {
  fi: [
    ['tvt', 'tieto- ja viestintäteknologia'],
    ['vr', 'virtuaalitodellisuus'],
    ['ar', 'lisätty todellisuus'],
  ],
  sv: [
    ['ikt', 'informations- och kommunikationsteknik'],
    ['vr', 'virtuell verklighet'],
  ],
  en: [
    ['ict', 'information and communication technology'],
    ['vr', 'virtual reality'],
    ['ar', 'augmented reality'],
  ],
}

export const synonyms = (locale: Locale): Record<string, string[]> => {
  const out: Record<string, string[]> = {}
  for (const [a, b] of SYNONYM_PAIRS[locale]) {
    ;(out[a] ??= []).push(b)
    ;(out[b] ??= []).push(a)
  }
  return out
}

/** Every setting the adapter owns for a locale's index; nothing else on the index is touched. */
export const meiliSettings = (locale: Locale): Settings => ({
  searchableAttributes: [...SEARCHABLE],
  filterableAttributes: [...FILTERABLE],
  sortableAttributes: [...SORTABLE],
  rankingRules: [...RANKING_RULES],
  stopWords: STOP_WORDS[locale],
  synonyms: synonyms(locale),
  typoTolerance: {
    enabled: true,
    // Same rule as the in-process engine: one typo from five letters, two from nine.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
  },
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 100_000 },
  localizedAttributes: [{ attributePatterns: ['*'], locales: [MEILI_LOCALE[locale]] }],
})

/** Settings whose order does not matter; Meilisearch returns them sorted. */
const UNORDERED = new Set<keyof Settings>([
  'filterableAttributes',
  'sortableAttributes',
  'stopWords',
])

const canonical = (key: keyof Settings, value: unknown): unknown => {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(key, v))
    return UNORDERED.has(key)
      ? items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : items
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) =>
        // Synonym lists are sets too.
        [k, key === 'synonyms' && Array.isArray(v) ? [...v].sort() : canonical(key, v)] as const,
    )
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)))
  }
  return value
}

/**
 * Whether `actual` holds what `wanted` asks for. Objects are compared on the keys wanted names
 * only, because Meilisearch answers with every sub-setting filled in (`disableOnWords: []` …).
 */
const holds = (wanted: unknown, actual: unknown): boolean => {
  if (Array.isArray(wanted) || !wanted || typeof wanted !== 'object')
    return JSON.stringify(wanted) === JSON.stringify(actual)
  if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false
  return Object.entries(wanted as Record<string, unknown>).every(([k, v]) =>
    holds(v, (actual as Record<string, unknown>)[k]),
  )
}

/** Synonyms are wholly ours: one set by hand is drift too, so they must be equal, not a subset. */
const matches = (key: keyof Settings, wanted: unknown, actual: unknown): boolean =>
  key === 'synonyms'
    ? JSON.stringify(canonical(key, wanted)) === JSON.stringify(canonical(key, actual ?? {}))
    : holds(canonical(key, wanted), canonical(key, actual))

/**
 * The settings that differ between what the adapter wants and what the index has, as the part of
 * `wanted` to send. Empty when the index is up to date, so that a start-up sends no task at all.
 */
export const settingsToUpdate = (wanted: Settings, actual: Settings): Settings =>
  Object.fromEntries(
    (Object.entries(wanted) as [keyof Settings, unknown][]).filter(
      ([key, value]) => !matches(key, value, actual[key]),
    ),
  ) as Settings

/** One line per drifted setting, for `npm run search:check`. */
export const describeDrift = (uid: string, wanted: Settings, actual: Settings): string[] =>
  Object.keys(settingsToUpdate(wanted, actual)).map(
    (key) =>
      `${uid}: ${key} is ${JSON.stringify(actual[key as keyof Settings] ?? null)}, wanted ${JSON.stringify(wanted[key as keyof Settings])}`,
  )
