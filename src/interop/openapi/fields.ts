import type { FlattenedField, PayloadRequest } from 'payload'

import { LOCALES } from '../../localization.js'

export type JsonSchema = Record<string, unknown>

/** Field-level read access as an anonymous reader sees it. */
const anonymousMayRead = (field: FlattenedField): boolean => {
  const read = (field as { access?: { read?: (args: unknown) => unknown } }).access?.read
  if (!read) return true
  try {
    return (
      read({ req: { user: null } as unknown as PayloadRequest, doc: {}, siblingData: {} }) === true
    )
  } catch {
    return false
  }
}

const valuesOf = (field: FlattenedField): string[] =>
  ((field as { options?: (string | { value: string })[] }).options ?? []).map((o) =>
    typeof o === 'string' ? o : o.value,
  )

const many = (field: FlattenedField, item: JsonSchema): JsonSchema =>
  (field as { hasMany?: boolean }).hasMany ? { type: 'array', items: item } : item

const relation = (
  relationTo: string | string[],
  idSchema: JsonSchema,
  refOf: (slug: string) => string | null,
): JsonSchema => {
  if (Array.isArray(relationTo)) {
    return {
      type: 'object',
      properties: {
        relationTo: { type: 'string', enum: relationTo },
        value: { oneOf: [idSchema, { type: 'object' }] },
      },
    }
  }
  const ref = refOf(relationTo)
  return {
    oneOf: [idSchema, ref ? { $ref: ref } : { type: 'object' }],
    description: `An id, or the ${relationTo} item when populated (depth ≥ 1).`,
  }
}

const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] })

/** A localized field: one locale's value, or with `?locale=all` an object of every locale's. */
const localized = (schema: JsonSchema): JsonSchema => ({
  anyOf: [
    schema,
    {
      type: 'object',
      description: 'Every locale’s value (`?locale=all`).',
      properties: Object.fromEntries(LOCALES.map((locale) => [locale, nullable(schema)])),
      additionalProperties: false,
    },
  ],
})

/**
 * The JSON Schema of a document as a public read returns it, walked from the collection's
 * flattened fields. Hidden fields and fields an anonymous reader may not read are left out.
 */
export const schemaOfFields = (
  fields: readonly FlattenedField[],
  idSchema: JsonSchema,
  refOf: (slug: string) => string | null,
): JsonSchema => {
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const field of fields) {
    if ((field as { hidden?: boolean }).hidden || !anonymousMayRead(field)) continue
    const schema = schemaOfField(field, idSchema, refOf)
    if (!schema) continue
    const label = (field as { label?: unknown }).label
    const description =
      typeof label === 'object' && label && 'en' in label
        ? String((label as { en: string }).en)
        : undefined
    const described = description && !schema.description ? { ...schema, description } : schema
    const perLocale = (field as { localized?: boolean }).localized
      ? localized(described)
      : described
    // Payload answers an empty field as null, and drafts may leave even required fields empty.
    properties[field.name] = field.name === 'id' ? described : nullable(perLocale)
    if (
      field.name === 'id' ||
      ((field as { required?: boolean }).required && !(field as { localized?: boolean }).localized)
    ) {
      required.push(field.name)
    }
  }
  return { type: 'object', properties, ...(required.length ? { required } : {}) }
}

const schemaOfField = (
  field: FlattenedField,
  idSchema: JsonSchema,
  refOf: (slug: string) => string | null,
): JsonSchema | null => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return many(field, { type: 'string' })
    case 'email':
      return { type: 'string', format: 'email' }
    case 'number':
      return field.name === 'id' ? idSchema : many(field, { type: 'number' })
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
    case 'radio':
      return many(field, { type: 'string', enum: valuesOf(field) })
    case 'relationship':
    case 'upload':
      return many(field, relation(field.relationTo as string | string[], idSchema, refOf))
    case 'richText':
      return { type: 'object', description: 'Lexical rich text.' }
    case 'json':
      return {}
    case 'point':
      return { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }
    case 'group':
    case 'tab':
      return schemaOfFields(field.flattenedFields, idSchema, refOf)
    case 'array':
      return { type: 'array', items: schemaOfFields(field.flattenedFields, idSchema, refOf) }
    case 'blocks':
      return {
        type: 'array',
        items: { type: 'object', properties: { blockType: { type: 'string' } } },
      }
    case 'join':
      return {
        type: 'object',
        properties: {
          docs: { type: 'array', items: relation(field.collection as string, idSchema, refOf) },
          hasNextPage: { type: 'boolean' },
        },
      }
    default:
      return (field as { name: string }).name === 'id' ? idSchema : {}
  }
}
