import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { idOf, type Id } from '../ids.js'
import type { Rating } from '../payload-types.js'

/** `pedagogical-models:12`: how ratings name the item they rate, for lookups by the batch. */
export const ratingTarget = (collection: string, id: Id): string => `${collection}:${id}`

/**
 * Records who rated what: the author is always the signed-in user, `target` names the item, and
 * `uniqueKey` (target + author, unique in the database) makes "one rating per teacher per item"
 * hold even when two requests race. Only published items can be rated.
 */
export const stampRatingTarget: CollectionBeforeChangeHook<Rating> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const next = { ...data }
  const invalid = (path: string, message: string) =>
    new ValidationError({ collection: 'ratings', errors: [{ path, message }], req }, req.t)

  if (operation === 'create' && req.user) next.author = req.user.id
  const author = idOf(next.author ?? originalDoc?.author)
  if (author === undefined) throw invalid('author', 'A rating needs a signed-in teacher.')

  const item = next.item ?? originalDoc?.item
  const collection = item?.relationTo
  const id = idOf(item?.value)
  // The relationship field itself refuses collections that cannot be rated.
  if (!collection || id === undefined) {
    throw invalid('item', 'Choose the model, material, learning environment or pilot to rate.')
  }
  next.target = ratingTarget(collection, id)
  next.uniqueKey = `${next.target}:${author}`

  if (operation === 'create') {
    const rated = await req.payload.findByID({
      collection,
      id,
      req,
      draft: false,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      select: { _status: true },
    })
    if (rated?._status !== 'published') {
      throw invalid('item', 'Only published items can be rated.')
    }
    const earlier = await req.payload.count({
      collection: 'ratings',
      where: { uniqueKey: { equals: next.uniqueKey } },
      req,
      overrideAccess: true,
    })
    if (earlier.totalDocs > 0) {
      throw invalid('item', 'You have already rated this item; change your earlier rating instead.')
    }
  }
  return next
}
