import type { Locale } from '../../localization.js'
import { analyseQuery } from '../analysis/index.js'

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu

/**
 * The words Meilisearch is asked for: the query's analysed terms (base forms and compound parts,
 * which the documents carry in `baseForms`), then the words as typed that analysis changed.
 * Meilisearch does not stem, so `museoissa` finds museums through `museo`. The order matters:
 * Meilisearch's default matching strategy drops words from the end when too few documents hold
 * all of them, so the forms as typed are dropped first and the analysed ones are kept; and it
 * reads only a query's first ten words, so a long expansion loses forms as typed, not base forms.
 */
export const expandQuery = (q: string, analysed: string): string => {
  const terms = analysed.split(/\s+/).filter(Boolean)
  const seen = new Set(terms.map((t) => t.toLowerCase()))
  const typed = (q.match(WORD) ?? []).filter((w) => !seen.has(w.toLowerCase()))
  return [...terms, ...typed].join(' ')
}

/** `expandQuery` with the shared analysis (Voikko or Snowball, as the process chose). */
export const meiliQuery = (q: string, locale: Locale): string =>
  q.trim() ? expandQuery(q, analyseQuery(q, locale)) : ''
