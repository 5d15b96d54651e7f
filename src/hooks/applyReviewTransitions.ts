import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isEditor } from '../access/roles.js'
import { EXPERT_REVIEW_STATUSES } from '../fields/vocabularies.js'
import type { ReviewedItem } from '../fields/workflow.js'

/**
 * Keeps the review fields honest: the creator is recorded once, experts move an item only between
 * draft and in-review, and each publish stamps `publishedAt` (the harvest datestamp).
 */
export const applyReviewTransitions: CollectionBeforeChangeHook<ReviewedItem> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const next = { ...data }
  // Experts are always the creator of what they create; editors may key items in for someone.
  if (operation === 'create' && req.user && (!isEditor(req.user) || !next.createdBy)) {
    next.createdBy = req.user.id
  }
  // An expert restoring an old version as a draft: it re-enters review as a draft, even if the
  // version was a published one (see keepNonEditorsInDrafts).
  if (req.context.restoringAsDraft && !isEditor(req.user)) next.reviewStatus = 'draft'
  const requested = next.reviewStatus
  if (
    req.user &&
    !isEditor(req.user) &&
    requested &&
    requested !== originalDoc?.reviewStatus &&
    !EXPERT_REVIEW_STATUSES.includes(requested)
  ) {
    throw new APIError(`Only editors can set the review status to "${requested}".`, 403, null, true)
  }
  if (next._status === 'published') {
    next.reviewStatus = 'published'
    next.publishedAt = new Date().toISOString()
  } else if (next.reviewStatus === 'published') {
    next.reviewStatus = 'draft'
  }
  return next
}
