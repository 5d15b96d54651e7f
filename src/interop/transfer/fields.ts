import type { FlattenedField } from 'payload'

import type { Locale } from '../../localization.js'

type Value = unknown
type Data = Record<string, Value>

/** Fields the database or Payload owns, or that hold secrets: never exported, never written. */
export const SKIPPED = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'sessions',
  'salt',
  'hash',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  '_verified',
  '_verificationToken',
  'password',
])

const isObject = (v: Value): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A relation's id, whether stored flat or populated. */
const idOf = (v: Value): Value => (isObject(v) && 'id' in v ? v.id : v)

export type RelationMapper = (collection: string, id: Value) => Value | undefined

/**
 * Walks stored data along its fields: drops the skipped and computed ones, maps every relation id
 * through `map` (a relation `map` cannot resolve is left out), and, given a `locale`, keeps that
 * locale's value of each localized field (data read with `locale: 'all'`).
 */
export const transform = (
  fields: readonly FlattenedField[],
  data: Data,
  options: { map?: RelationMapper; locale?: Locale; onlyLocalized?: boolean },
  insideLocalized = false,
): Data => {
  const out: Data = {}
  for (const field of fields) {
    const name = (field as { name?: string }).name
    if (
      !name ||
      SKIPPED.has(name) ||
      field.type === 'join' ||
      (field as { virtual?: unknown }).virtual
    )
      continue
    if (!(name in data)) continue
    const localized = Boolean((field as { localized?: boolean }).localized) && !insideLocalized
    if (options.onlyLocalized && !localized && !['group', 'tab', 'array'].includes(field.type))
      continue
    let value = data[name]
    if (localized && options.locale) {
      if (!isObject(value) || !(options.locale in value)) continue
      value = value[options.locale]
    }
    const mapped = mapValue(
      field,
      value,
      { ...options, onlyLocalized: localized ? false : options.onlyLocalized },
      localized || insideLocalized,
    )
    if (mapped !== undefined) out[name] = mapped
  }
  return out
}

const mapValue = (
  field: FlattenedField,
  value: Value,
  options: { map?: RelationMapper; locale?: Locale; onlyLocalized?: boolean },
  insideLocalized: boolean,
): Value => {
  if (value === null || value === undefined) return value
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      if (!options.map) return value
      const target = field.relationTo
      if (Array.isArray(target)) return undefined
      const map = (v: Value) => options.map!(target as string, idOf(v))
      if (Array.isArray(value)) return value.map(map).filter((v) => v !== undefined)
      return map(value) ?? null
    }
    case 'group':
    case 'tab': {
      if (!isObject(value)) return value
      const inner = transform(field.flattenedFields, value, options, insideLocalized)
      return options.onlyLocalized && Object.keys(inner).length === 0 ? undefined : inner
    }
    case 'array': {
      if (!Array.isArray(value)) return value
      if (options.onlyLocalized && !insideLocalized) return undefined
      return value.map((row) =>
        isObject(row) ? transform(field.flattenedFields, row, options, insideLocalized) : row,
      )
    }
    default:
      return value
  }
}
