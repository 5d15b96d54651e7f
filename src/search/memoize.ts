/**
 * The Snowball stemmers are the costliest step of indexing and of highlighting, and the same words
 * recur thousands of times, so stems are remembered (bounded: the cache starts over when full).
 */
export const memoize = (
  stem: (word: string) => string,
  limit = 100_000,
): ((word: string) => string) => {
  const cache = new Map<string, string>()
  return (word) => {
    let stemmed = cache.get(word)
    if (stemmed === undefined) {
      if (cache.size >= limit) cache.clear()
      stemmed = stem(word)
      cache.set(word, stemmed)
    }
    return stemmed
  }
}
