import type { SanitizedConfig } from 'payload'

type SchemaTransform = NonNullable<SanitizedConfig['typescript']['schema']>[number]
type JSONSchema4 = Parameters<SchemaTransform>[0]['jsonSchema']

const anyId: JSONSchema4 = { type: ['number', 'string'] }
const ID_TYPES = new Set(['number', 'string'])

/** `{ type: 'number' }`, or `{ type: ['number', 'null'] }` for an optional relationship. */
const isIdType = (s: JSONSchema4): boolean => {
  if (Object.keys(s).length !== 1) return false
  const types = Array.isArray(s.type) ? s.type : [s.type]
  return (
    types.some((t) => ID_TYPES.has(String(t))) &&
    types.every((t) => ID_TYPES.has(String(t)) || t === 'null')
  )
}

const widened = (s: JSONSchema4): JSONSchema4 =>
  Array.isArray(s.type) && s.type.includes('null') ? { type: ['number', 'string', 'null'] } : anyId

/** Walks the schema, widening the id half of every `id | Document` union (relationships, uploads, joins). */
const widen = (node: unknown, collectionRefs: Set<string>): void => {
  if (Array.isArray(node)) return node.forEach((n) => widen(n, collectionRefs))
  if (!node || typeof node !== 'object') return
  const schema = node as JSONSchema4
  const union = schema.oneOf
  if (
    Array.isArray(union) &&
    union.some((s) => typeof s.$ref === 'string' && collectionRefs.has(s.$ref)) &&
    union.every((s) => isIdType(s) || (typeof s.$ref === 'string' && collectionRefs.has(s.$ref)))
  ) {
    schema.oneOf = union.map((s) => (isIdType(s) ? widened(s) : s))
  }
  for (const value of Object.values(schema)) widen(value, collectionRefs)
}

/**
 * The generated types must hold for every database the project runs on: SQLite and PostgreSQL give
 * numeric ids, MongoDB gives ObjectId strings. Payload types ids by the adapter that generates the
 * file, so each document id, each relationship's unpopulated value and `defaultIDType` are widened
 * to `number | string`; the committed file is then the same whichever adapter generated it.
 */
export const idsOfEveryDatabase: SchemaTransform = ({ config, jsonSchema }) => {
  const definitions = jsonSchema.definitions ?? {}
  const collectionRefs = new Set(config.collections.map((c) => `#/definitions/${c.slug}`))
  for (const { slug } of config.collections) {
    const properties = definitions[slug]?.properties
    if (properties?.id && isIdType(properties.id)) properties.id = anyId
  }
  const db = jsonSchema.properties?.db?.properties
  if (db?.defaultIDType) db.defaultIDType = anyId
  widen(definitions, collectionRefs)
  return jsonSchema
}
