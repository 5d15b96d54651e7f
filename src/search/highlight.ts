import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as finnish } from '@orama/stemmers/finnish'
import { stemmer as swedish } from '@orama/stemmers/swedish'

import type { Locale } from '../localization.js'
import { analyser } from './analysis/index.js'
import { memoize } from './memoize.js'

/** Every hit's snippets stem the same words again; stemming was the largest cost of a search. */
const STEMMERS: Record<Locale, (word: string) => string> = {
  fi: memoize(finnish, 20_000),
  sv: memoize(swedish, 20_000),
  en: memoize(english, 20_000),
}
const WORD = /[\p{L}\p{N}]+/gu

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const withinOneEdit = (a: string, b: string): boolean => {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return (
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i)
  )
}

/**
 * The query's word stems and analysed terms (Voikko base forms, compound parts), for
 * highlighting in the same way the engine matched.
 */
export const queryStems = (q: string, locale: Locale): string[] => [
  ...new Set(
    [
      ...(q.toLowerCase().match(WORD) ?? []).map((w) => STEMMERS[locale](w)),
      ...analyser()
        .queryWords(q, locale)
        .flatMap((w) => [...w.terms, ...w.parts]),
    ].filter((s) => s.length >= 2),
  ),
]

const matches = (word: string, stems: string[], locale: Locale): boolean => {
  if (stems.length === 0) return false
  const lower = word.toLowerCase()
  if (stems.some((s) => lower.includes(s))) return true
  // An inflected form whose base form the query has: `luontopolut` for `luontopolulla`.
  const { terms, parts } = analyser().word(word, locale)
  if ([...terms, ...parts].some((t) => stems.includes(t))) return true
  // Only a word that contains no query stem needs its own stem, for the one-typo comparison.
  const stem = STEMMERS[locale](lower)
  return stem.length >= 4 && stems.some((s) => s.length >= 4 && withinOneEdit(stem, s))
}

/**
 * HTML-escaped text with matching words in `<mark>`; with `around`, cut to about that many
 * characters centred on the first match (or the start when nothing matches).
 */
export const highlight = (
  text: string,
  stems: string[],
  locale: Locale,
  around?: number,
): string => {
  let source = text
  let prefix = ''
  let suffix = ''
  if (around !== undefined && text.length > around) {
    let first = -1
    for (const m of text.matchAll(WORD)) {
      if (matches(m[0], stems, locale)) {
        first = m.index
        break
      }
    }
    const start = first < 0 ? 0 : Math.max(0, first - Math.floor(around / 3))
    const cutStart = start === 0 ? 0 : text.lastIndexOf(' ', start) + 1
    const end = Math.min(text.length, cutStart + around)
    const cutEnd = end === text.length ? end : Math.max(text.lastIndexOf(' ', end), cutStart + 1)
    source = text.slice(cutStart, cutEnd)
    prefix = cutStart > 0 ? '…' : ''
    suffix = cutEnd < text.length ? '…' : ''
  }
  let out = ''
  let last = 0
  for (const m of source.matchAll(WORD)) {
    if (!matches(m[0], stems, locale)) continue
    out += escapeHtml(source.slice(last, m.index)) + `<mark>${escapeHtml(m[0])}</mark>`
    last = m.index + m[0].length
  }
  return prefix + out + escapeHtml(source.slice(last)) + suffix
}
