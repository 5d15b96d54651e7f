import type { Filter } from '../types.js'

/**
 * A Meilisearch string literal: double-quoted, with backslashes and quotes escaped, so that no
 * value (`"`, `\`, `OR`, `=`, `]`…) can end the literal and change the expression.
 */
export const quote = (value: string): string =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

const number = (value: number): string => {
  if (!Number.isFinite(value)) throw new TypeError(`Not a finite number: ${value}`)
  return String(value)
}

/** Compiles the engine-independent filter tree into a Meilisearch filter expression. */
export const toMeiliFilter = (filter: Filter): string => {
  if ('filters' in filter) {
    if (filter.filters.length === 0) throw new TypeError(`Empty ${filter.op} filter`)
    const joiner = filter.op === 'and' ? ' AND ' : ' OR '
    return `(${filter.filters.map(toMeiliFilter).join(joiner)})`
  }
  switch (filter.op) {
    case 'in':
    case 'any':
      // `IN` on an array attribute matches when any element is in the list.
      return `${filter.field} IN [${filter.values.map(quote).join(', ')}]`
    case 'lte':
      return `${filter.field} <= ${number(filter.value)}`
    case 'eq':
      return `${filter.field} = ${number(filter.value)}`
    case 'is':
      return `${filter.field} = ${filter.value ? 'true' : 'false'}`
  }
}

/** A `_geoRadius` filter; coordinates and radius are numbers, never text. */
export const geoRadius = (lat: number, lng: number, radiusMetres: number): string =>
  `_geoRadius(${number(lat)}, ${number(lng)}, ${number(Math.round(radiusMetres))})`
