import { typoBudget } from '../analysis/index.js'
import { closeTerms } from '../analysis/typos.js'

const WORD = /[\p{L}\p{N}]+/gu

const lowerWords = (text: string): string[] => text.toLowerCase().match(WORD) ?? []

const byFirst = (a: [string, number], b: [string, number]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]

/** The first index in the sorted pairs whose word is at least `word` (binary search). */
const lowerBound = (pairs: [string, number][], word: string): number => {
  let lo = 0
  let hi = pairs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (pairs[mid]![0] < word) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The words of one locale's titles, for completions and "did you mean": every title word with
 * the titles it occurs in, sorted so that a prefix is a binary search away. Built from the titles
 * on first use after a write.
 */
export class TitleWords {
  private readonly titles: string[]
  /** [word, title index], sorted by word. */
  private readonly pairs: [string, number][] = []
  /** Each word with the number of titles it occurs in. */
  readonly counts = new Map<string, number>()

  constructor(titles: Iterable<string>) {
    this.titles = [...new Set(titles)].filter(Boolean)
    this.titles.forEach((title, i) => {
      for (const word of new Set(lowerWords(title))) {
        this.pairs.push([word, i])
        this.counts.set(word, (this.counts.get(word) ?? 0) + 1)
      }
    })
    this.pairs.sort(byFirst)
  }

  /**
   * Up to `limit` titles that complete what is typed: a title word begins with the last word,
   * and every earlier word begins a title word too. Titles that begin with the text come first,
   * then shorter titles.
   */
  complete(typed: string, limit: number): string[] {
    const words = lowerWords(typed)
    const last = words.at(-1)
    if (!last) return []
    const earlier = words.slice(0, -1)
    const text = words.join(' ')
    const found = new Set<number>()
    for (let i = lowerBound(this.pairs, last); i < this.pairs.length; i++) {
      const [word, title] = this.pairs[i]!
      if (!word.startsWith(last)) break
      found.add(title)
    }
    return [...found]
      .map((i) => ({ title: this.titles[i]!, words: lowerWords(this.titles[i]!) }))
      .filter(({ words: titleWords }) =>
        earlier.every((w) => titleWords.some((t) => t.startsWith(w))),
      )
      .sort(
        (a, b) =>
          Number(b.words.join(' ').startsWith(text)) - Number(a.words.join(' ').startsWith(text)) ||
          a.title.length - b.title.length ||
          (a.title < b.title ? -1 : 1),
      )
      .slice(0, limit)
      .map((t) => t.title)
  }

  /** Title words that begin with `prefix`, commonest first. */
  wordsStarting(prefix: string, limit: number): string[] {
    const out: [string, number][] = []
    for (let i = lowerBound(this.pairs, prefix); i < this.pairs.length; i++) {
      const [word] = this.pairs[i]!
      if (!word.startsWith(prefix)) break
      if (out.at(-1)?.[0] !== word) out.push([word, this.counts.get(word)!])
    }
    return out
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([w]) => w)
  }

  /**
   * "Did you mean": each typed word that is not a title word replaced by the closest title word,
   * allowing one typo more than the search does (it found nothing); null when nothing changes.
   */
  correct(typed: string): string | null {
    const words = lowerWords(typed)
    let changed = false
    const corrected = words.map((word) => {
      if (this.counts.has(word) || word.length < 3) return word
      const [best] = closeTerms(this.counts, [word], typoBudget(word.length) + 1, 1)
      if (!best) return word
      changed = true
      return best
    })
    return changed ? corrected.join(' ') : null
  }
}
