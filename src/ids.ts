import type { CollectionSlug, Payload } from 'payload'

/** A document id: a number on SQLite and PostgreSQL, an ObjectId string on MongoDB. */
export type Id = number | string

/** The id behind a relationship value, whether it was populated (`{ id, … }`) or not. */
export const idOf = (value: Id | { id: Id } | null | undefined): Id | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value

/** Whether a collection's ids are numbers or text on this database. */
export const idTypeOf = (payload: Payload, collection?: CollectionSlug): 'number' | 'text' =>
  (collection && payload.collections[collection]?.customIDType) || payload.db.defaultIDType

/**
 * Whether text from a URL can be an id on this database: digits for numeric ids, an ObjectId-like
 * token otherwise. Checked before a query so that a bad id is a 404, not an adapter error.
 */
export const isValidId = (payload: Payload, raw: string, collection?: CollectionSlug): boolean =>
  idTypeOf(payload, collection) === 'number'
    ? /^\d{1,15}$/.test(raw)
    : /^[A-Za-z0-9_-]{1,64}$/.test(raw)

/**
 * The id behind a relationship value as text, or null: for map keys and comparisons, where a
 * numeric id from one read and the same id from a URL or a text column must be equal.
 */
export const idKey = (value: Id | { id: Id } | null | undefined): string | null => {
  const id = idOf(value)
  return id === undefined ? null : String(id)
}
