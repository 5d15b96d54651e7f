/**
 * Edit distance with transpositions (optimal string alignment), giving up past `max`: typing
 * `musoe` for `museo` is one typo, as Meilisearch counts it.
 */
export const editDistance = (a: string, b: string, max: number): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prevPrev: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prevPrev[j - 2]! + 1)
      row.push(d)
      if (d < best) best = d
    }
    if (best > max) return max + 1
    prevPrev = prev
    prev = row
  }
  return prev[b.length]!
}

/**
 * The indexed terms within `budget` typos of any of `forms` (the word as typed and its analysed
 * terms), closest first and then commonest, at most `limit`. `vocabulary` maps each indexed term
 * to how many documents have it.
 */
export const closeTerms = (
  vocabulary: Iterable<[string, number]>,
  forms: string[],
  budget: number,
  limit = 3,
): string[] => {
  if (budget <= 0) return []
  const found: { term: string; distance: number; count: number }[] = []
  for (const [term, count] of vocabulary) {
    let distance = budget + 1
    for (const form of forms) distance = Math.min(distance, editDistance(form, term, budget))
    if (distance <= budget && distance > 0) found.push({ term, distance, count })
  }
  return found
    .sort((a, b) => a.distance - b.distance || b.count - a.count || (a.term < b.term ? -1 : 1))
    .slice(0, limit)
    .map((f) => f.term)
}
