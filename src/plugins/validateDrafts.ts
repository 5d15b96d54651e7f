import { validations, type CollectionConfig, type Field, type Validate } from 'payload'

type WithValidate = Field & { required?: boolean; validate?: Validate }

const isDraftSave = (options: { data?: unknown }): boolean =>
  (options.data as { _status?: unknown } | undefined)?._status === 'draft'

/**
 * A field whose `required` holds for published saves only; every other check (type, option,
 * length, range) runs on drafts as well. Payload's own validators read `required` from the options
 * they are given, so a draft passes them `required: false`.
 */
const requiredWhenPublished = (field: Field): Field => {
  const nested = field as Field & { fields?: Field[]; tabs?: { fields: Field[] }[] }
  const withChildren: Field = {
    ...field,
    ...(nested.fields ? { fields: nested.fields.map(requiredWhenPublished) } : {}),
    ...(nested.tabs
      ? {
          tabs: nested.tabs.map((tab) => ({
            ...tab,
            fields: tab.fields.map(requiredWhenPublished),
          })),
        }
      : {}),
  } as Field
  const { required, validate } = withChildren as WithValidate
  if (!required) return withChildren
  const fallback = validations[field.type as keyof typeof validations] as Validate | undefined
  const check = validate ?? fallback
  if (!check) return withChildren
  return {
    ...withChildren,
    validate: ((value: unknown, options: Parameters<Validate>[1]) =>
      check(value, {
        ...withChildren,
        ...options,
        required: isDraftSave(options) ? false : options.required,
      } as Parameters<Validate>[1])) as Validate,
  } as Field
}

/**
 * Payload skips all field validation on draft saves, so a draft took a 5 MB summary or an unknown
 * licence. Collections with drafts validate them instead, with `required` kept for publishing.
 */
export const validateDrafts = (collection: CollectionConfig): CollectionConfig => {
  const drafts = typeof collection.versions === 'object' ? collection.versions.drafts : undefined
  if (!drafts) return collection
  return {
    ...collection,
    versions: {
      ...(collection.versions as object),
      drafts: { ...(typeof drafts === 'object' ? drafts : {}), validate: true },
    },
    fields: collection.fields.map(requiredWhenPublished),
  }
}
