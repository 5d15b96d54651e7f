import type { AnalysedWord } from '../analysis/index.js'

/**
 * How one query word matched one document: through a term (its base form or stem), through all of
 * its compound parts, or only partly. Scores are Orama's BM25 (with the field boosts), summed.
 */
export type WordHits = {
  /** The word as it matched: the query's, or Voikko's correction of it. */
  word: AnalysedWord
  terms: Map<number, number>
  parts: Map<number, number>[]
}

/** What a document's title says about a query, worked out once per document when it is written. */
export type TitleTerms = {
  /** The title's words' terms and parts. */
  terms: string[]
  /** The title's words' first terms, space-joined: equal to the query's when the title is the query. */
  key: string
}

export const titleTerms = (words: AnalysedWord[]): TitleTerms => ({
  terms: [...new Set(words.flatMap((w) => [...w.terms, ...w.parts]))],
  key: words.map((w) => w.terms[0]).join(' '),
})

/** The key of the query's words, comparable with `TitleTerms.key`. */
export const queryKey = (words: AnalysedWord[]): string => words.map((w) => w.terms[0]).join(' ')

/** True when a title term or part begins with one of the word's terms, or with all its parts. */
const inTitle = (word: AnalysedWord, title: TitleTerms): boolean => {
  const has = (t: string) => title.terms.some((term) => term.startsWith(t))
  return word.terms.some(has) || (word.parts.length > 1 && word.parts.every(has))
}

export type Ranked = {
  id: number
  /** Query words the document matches whole (a term, or every part of a compound). */
  words: number
  /** 1 when the title is the query (same terms in the same order). */
  exactTitle: number
  /** Query words found in the title (as the start of a title word or part). */
  titleWords: number
  score: number
}

/**
 * Ranks the documents any query word matched, best first, by rules in the spirit of
 * Meilisearch's: more query words matched; then the title being the query; then more of the
 * query's words in the title (a place named for the query beats a material mentioning it); then
 * BM25, where a compound's head counts as a title word of its own (see `tokenizerFor`). `title` gives a document's title terms by its internal id.
 */
export const rank = (hits: WordHits[], title: (id: number) => TitleTerms | undefined): Ranked[] => {
  const byId = new Map<number, Ranked>()
  const key = queryKey(hits.map((h) => h.word))
  const entry = (id: number): Ranked => {
    let r = byId.get(id)
    if (!r) {
      r = { id, words: 0, exactTitle: 0, titleWords: 0, score: 0 }
      byId.set(id, r)
    }
    return r
  }
  for (const hit of hits) {
    const whole = new Set(hit.terms.keys())
    for (const [id, score] of hit.terms) entry(id).score += score
    hit.parts.forEach((part, j) => {
      for (const [id, score] of part) entry(id).score += score
      // A compound's parts match it only together: `kaupunki` alone is not `kaupunginmuseo`.
      if (j === 0)
        for (const id of part.keys()) if (hit.parts.every((p) => p.has(id))) whole.add(id)
    })
    for (const id of whole) entry(id).words++
  }
  // Only documents that match a word whole: one part of a compound alone is no match.
  const matched = [...byId.values()].filter((r) => r.words > 0)
  const asMatched = hits.map((h) => h.word)
  for (const r of matched) {
    const t = title(r.id)
    if (!t) continue
    r.exactTitle = t.key === key ? 1 : 0
    r.titleWords = asMatched.filter((w) => inTitle(w, t)).length
  }
  return matched.sort(
    (a, b) =>
      b.words - a.words ||
      b.exactTitle - a.exactTitle ||
      b.titleWords - a.titleWords ||
      b.score - a.score ||
      a.id - b.id,
  )
}
