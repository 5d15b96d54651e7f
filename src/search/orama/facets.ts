import { facetValues } from '../match.js'
import { FACETS, type FacetCounts, type SearchDocument } from '../types.js'

/** A document's facet values as numbers, per facet in FACETS order. */
export type FacetCodes = readonly (readonly number[])[]

/**
 * Facet values numbered once, when documents are written, so that a query counts into typed arrays
 * instead of string-keyed objects: counting every document of a locale took 1.6 ms with objects.
 * The vocabularies are small (types, grade bands, competence areas, licences, kinds) and only grow.
 */
export class FacetDictionary {
  private readonly codes = FACETS.map(() => new Map<string, number>())
  private readonly values = FACETS.map((): string[] => [])

  encode(doc: SearchDocument): FacetCodes {
    return facetValues(doc).map((values, i) =>
      values.map((value) => {
        let code = this.codes[i]!.get(value)
        if (code === undefined) {
          code = this.values[i]!.push(value) - 1
          this.codes[i]!.set(value, code)
        }
        return code
      }),
    )
  }

  /** Counts of each facet value over the documents, leaving out values that none of them has. */
  count(docs: Iterable<FacetCodes>): FacetCounts {
    const tallies = this.values.map((values) => new Uint32Array(values.length))
    for (const codes of docs) {
      for (let i = 0; i < codes.length; i++) {
        const tally = tallies[i]!
        for (const code of codes[i]!) tally[code]!++
      }
    }
    return Object.fromEntries(
      FACETS.map((name, i) => {
        const counts: Record<string, number> = {}
        tallies[i]!.forEach((n, code) => {
          if (n > 0) counts[this.values[i]![code]!] = n
        })
        return [name, counts]
      }),
    ) as FacetCounts
  }
}
