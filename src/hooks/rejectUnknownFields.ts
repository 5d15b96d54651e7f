import { ValidationError, type CollectionBeforeOperationHook, type FlattenedField } from 'payload'

/** Keys Payload itself accepts on a write besides the fields. */
const SYSTEM_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt'])
const AUTH_KEYS = new Set(['password', 'confirm-password'])

type Problem = { path: string; message: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Keys of `data` that are not writable fields, at any depth Payload does not treat as opaque
 * (groups and array rows; JSON, rich text, relationships and blocks keep their own shapes).
 * Hidden fields count as unknown: nobody may send `hash`, `salt` or `lockUntil` from outside.
 */
export const unknownKeys = (
  data: Record<string, unknown>,
  fields: FlattenedField[],
  extra: ReadonlySet<string>,
  prefix = '',
): Problem[] => {
  const byName = new Map(fields.map((field) => [field.name, field]))
  return Object.entries(data).flatMap(([key, value]): Problem[] => {
    const path = `${prefix}${key}`
    const field = byName.get(key)
    if (!field || ('hidden' in field && field.hidden)) {
      if (extra.has(key)) return []
      return [{ path, message: `Unknown field "${path}".` }]
    }
    if (field.localized) return []
    if ((field.type === 'group' || field.type === 'tab') && isPlainObject(value)) {
      return unknownKeys(value, field.flattenedFields, SYSTEM_KEYS, `${path}.`)
    }
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, i) =>
        isPlainObject(row)
          ? unknownKeys(row, field.flattenedFields, SYSTEM_KEYS, `${path}.${i}.`)
          : [],
      )
    }
    return []
  })
}

/**
 * Payload drops keys it does not know without a word; a client that misspells a field then
 * believes it saved. REST writes with unknown or hidden keys get a 400 naming each of them.
 * GraphQL's schema already refuses them, and the Local API (seed, hooks) is trusted.
 */
export const rejectUnknownFields: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if ((operation !== 'create' && operation !== 'update') || req.payloadAPI !== 'REST') return args
  const data = (args as { data?: unknown }).data
  // Only the client's own body: operations such as forgot-password write hidden fields internally.
  if (!isPlainObject(data) || data !== req.data) return args
  const extra = collection.auth ? new Set([...SYSTEM_KEYS, ...AUTH_KEYS]) : SYSTEM_KEYS
  const errors = unknownKeys(data, collection.flattenedFields, extra)
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return args
}
