import type { Payload } from 'payload'

import { HttpError } from './server/errors.js'

/** A document id: an integer on SQLite and PostgreSQL, an ObjectId string on MongoDB. */
export type Id = number | string

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

/** The id in a request, or a 400 naming the field (a 404 with `notFound`, for path segments). */
export const parseId = (
  payload: Payload,
  value: unknown,
  field: string,
  options: { notFound?: string } = {},
): Id => {
  const id = idFrom(value, usesObjectIds(payload))
  if (id !== null) return id
  if (options.notFound) throw new HttpError(404, options.notFound)
  throw new HttpError(400, `Expected a ${field} id.`, field)
}
