import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

type Row = { item?: { relationTo?: unknown; value?: unknown } | null }

const MESSAGE = 'This item does not exist or is not available.'

/**
 * Every item of a saved list must be one the caller may read. A missing item and one they may not
 * see (another expert's draft) get the same answer, so a list cannot probe for drafts; and the
 * list is refused before anything is written, instead of failing on the database's foreign key
 * after the list row was saved.
 */
export const requireReadableItems: CollectionBeforeValidateHook = async ({ data, req }) => {
  const rows = (data?.items ?? []) as Row[]
  if (!Array.isArray(rows) || req.payloadAPI === 'local') return data
  const errors: { message: string; path: string }[] = []
  for (const [i, row] of rows.entries()) {
    const { relationTo, value } = row?.item ?? {}
    if (
      typeof relationTo !== 'string' ||
      (typeof value !== 'string' && typeof value !== 'number')
    ) {
      continue // the field's own validation names a malformed reference
    }
    const found = await req.payload
      .findByID({
        collection: relationTo as never,
        id: value,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
        disableErrors: true,
      })
      .catch(() => null)
    if (!found) errors.push({ message: MESSAGE, path: `items.${i}.item` })
  }
  if (errors.length) throw new ValidationError({ collection: 'saved-lists', errors })
  return data
}
