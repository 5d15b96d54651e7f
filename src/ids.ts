import type { CollectionSlug, Payload } from 'payload'

import { DomainError } from './errors.js'

/** A document id: an integer on SQLite and PostgreSQL, an ObjectId string on MongoDB. */
export type Id = number | string

/** The id behind a relationship value, whether it was populated (`{ id, … }`) or not. */
export const idOf = (value: Id | { id: Id } | null | undefined): Id | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value

const OBJECT_ID = /^[0-9a-f]{24}$/i

/**
 * Pure: the id that `value` (a path segment or a JSON field) names, or null when it cannot be one
 * on this kind of database. MongoDB ids are ObjectIds; the SQL adapters use serial integers.
 */
export const idFrom = (value: unknown, mongo: boolean): Id | null => {
  if (mongo) return typeof value === 'string' && OBJECT_ID.test(value) ? value.toLowerCase() : null
  const id =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value)
        ? Number(value)
        : NaN
  return Number.isSafeInteger(id) && id >= 1 ? id : null
}

export const usesObjectIds = (payload: Payload): boolean => payload.db.name === 'mongoose'

/** Whether a collection's ids are numbers or text on this database. */
export const idTypeOf = (payload: Payload, collection?: CollectionSlug): 'number' | 'text' =>
  (collection && payload.collections[collection]?.customIDType) || payload.db.defaultIDType

/**
 * Whether text from a URL can be an id on this database. Checked before a query so that a bad id
 * is a 404, not an adapter error. A collection with its own text ids takes any short token.
 */
export const isValidId = (payload: Payload, raw: string, collection?: CollectionSlug): boolean =>
  collection && payload.collections[collection]?.customIDType === 'text'
    ? /^[A-Za-z0-9_-]{1,64}$/.test(raw)
    : idFrom(raw, usesObjectIds(payload)) !== null

/** The id in a request, or an invalid-input error naming the field (not-found with `notFound`). */
export const parseId = (
  payload: Payload,
  value: unknown,
  field: string,
  options: { notFound?: string } = {},
): Id => {
  const id = idFrom(value, usesObjectIds(payload))
  if (id !== null) return id
  if (options.notFound) throw new DomainError('not-found', options.notFound)
  throw new DomainError('invalid', `Expected a ${field} id.`, field)
}

/**
 * The id behind a relationship value as text, or null: for map keys and comparisons, where a
 * numeric id from one read and the same id from a URL or a text column must be equal.
 */
export const idKey = (value: Id | { id: Id } | null | undefined): string | null => {
  const id = idOf(value)
  return id === undefined ? null : String(id)
}
