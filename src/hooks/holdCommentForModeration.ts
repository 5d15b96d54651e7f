import type { CollectionBeforeChangeHook } from 'payload'

import { isEditor } from '../access/roles.js'
import type { Rating } from '../payload-types.js'

/**
 * A teacher's new or changed comment waits for an editor before anyone else sees it; an empty
 * comment needs no moderation. Editors set the status themselves.
 */
export const holdCommentForModeration: CollectionBeforeChangeHook<Rating> = ({
  data,
  originalDoc,
  req,
}) => {
  if (isEditor(req.user)) return data
  const comment = data.comment?.trim() ? data.comment.trim() : null
  const changed = comment !== (originalDoc?.comment ?? null)
  if (!comment) return { ...data, comment: null, commentStatus: 'none' }
  return changed ? { ...data, comment, commentStatus: 'pending' } : data
}
