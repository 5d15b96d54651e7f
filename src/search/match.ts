import { FACETS, type FacetCounts, type Filter, type SearchDocument } from './types.js'

/**
 * Evaluates a filter tree against a document in memory. The in-process engine filters with it (so
 * its filters and the editors' draft search cannot disagree), and so does the portal's device check.
 */
export const matchesFilter = (doc: SearchDocument, filter: Filter): boolean => {
  if ('filters' in filter) {
    return filter.op === 'and'
      ? filter.filters.every((f) => matchesFilter(doc, f))
      : filter.filters.some((f) => matchesFilter(doc, f))
  }
  switch (filter.op) {
    case 'in':
      return filter.values.includes(doc[filter.field])
    case 'any':
      return doc[filter.field].some((v) => filter.values.includes(v))
    case 'lte':
      return doc[filter.field] <= filter.value
    case 'eq':
      return doc[filter.field] === filter.value
    case 'is':
      return doc[filter.field] === filter.value
  }
}

/** A document's value(s) per facet, in FACETS order: empty values dropped, each counted once. */
export const facetValues = (doc: SearchDocument): readonly (readonly string[])[] =>
  FACETS.map((name) => {
    const value = doc[name]
    return [...new Set(Array.isArray(value) ? value : [value])].filter((v) => v !== '')
  })

export const emptyFacetCounts = (): FacetCounts =>
  Object.fromEntries(FACETS.map((name) => [name, {}])) as unknown as FacetCounts

/** Adds one matching document's facet values (from `facetValues`) to the counts. */
export const countFacets = (counts: FacetCounts, values: readonly (readonly string[])[]): void => {
  for (let i = 0; i < FACETS.length; i++) {
    const bucket = counts[FACETS[i]!]
    for (const value of values[i]!) bucket[value] = (bucket[value] ?? 0) + 1
  }
}
