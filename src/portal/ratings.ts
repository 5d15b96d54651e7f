import type { Payload, PayloadRequest } from 'payload'

import type { ContentCollection } from '../../collections/slugs.js'
import { ratingTarget } from '../hooks/stampRatingTarget.js'
import type { Id } from '../ids.js'

export type RatingSummary = { average: number | null; count: number }

export type ItemRef = { collection: ContentCollection; id: Id }

/** The mean of 1–5 ratings to one decimal, or null when there are none. */
export const summarize = (ratings: readonly number[]): RatingSummary => ({
  count: ratings.length,
  average: ratings.length
    ? Math.round((ratings.reduce((sum, r) => sum + r, 0) / ratings.length) * 10) / 10
    : null,
})

/**
 * Average and count per item, for detail pages and search hits, keyed `collection:id`. One query
 * for the whole batch; the numbers are public, so access is not re-checked row by row.
 */
export const ratingSummaries = async (
  payload: Payload,
  items: readonly ItemRef[],
): Promise<Record<string, RatingSummary>> => {
  const targets = [...new Set(items.map((i) => ratingTarget(i.collection, i.id)))]
  const byTarget = new Map<string, number[]>(targets.map((t) => [t, []]))
  if (targets.length) {
    const { docs } = await payload.find({
      collection: 'ratings',
      where: { target: { in: targets } },
      select: { target: true, rating: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs) {
      if (doc.target) byTarget.get(doc.target)?.push(doc.rating)
    }
  }
  return Object.fromEntries([...byTarget].map(([target, ratings]) => [target, summarize(ratings)]))
}

export const ratingSummary = async (payload: Payload, item: ItemRef): Promise<RatingSummary> =>
  (await ratingSummaries(payload, [item]))[ratingTarget(item.collection, item.id)]!

export type PublicComment = { id: Id; rating: number; comment: string; updatedAt: string }

/** Approved comments on one item, newest first, without who wrote them. */
export const approvedComments = async (
  payload: Payload,
  item: ItemRef,
  limit = 20,
): Promise<PublicComment[]> => {
  const { docs } = await payload.find({
    collection: 'ratings',
    where: {
      and: [
        { target: { equals: ratingTarget(item.collection, item.id) } },
        { commentStatus: { equals: 'approved' } },
      ],
    },
    sort: '-updatedAt',
    limit,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map(({ id, rating, comment, updatedAt }) => ({
    id,
    rating,
    // Only a comment with text is ever approved (holdCommentForModeration).
    comment: comment ?? '',
    updatedAt,
  }))
}

export type OwnRating = { id: Id; rating: number; comment: string | null; commentStatus: string }

/** The signed-in user's rating of an item, so the form can change it instead of adding another. */
export const ownRating = async (
  payload: Payload,
  item: ItemRef,
  user: PayloadRequest['user'],
): Promise<OwnRating | null> => {
  if (!user) return null
  const { docs } = await payload.find({
    collection: 'ratings',
    where: {
      and: [
        { target: { equals: ratingTarget(item.collection, item.id) } },
        { author: { equals: user.id } },
      ],
    },
    limit: 1,
    depth: 0,
    // Who rated is hidden from queries by field access; the user here is the signed-in one.
    overrideAccess: true,
  })
  const doc = docs[0]
  return doc
    ? {
        id: doc.id,
        rating: doc.rating,
        comment: doc.comment ?? null,
        commentStatus: doc.commentStatus,
      }
    : null
}
