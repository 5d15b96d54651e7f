import type { Access } from 'payload'

import { hasRole, isEditor } from './roles.js'

/**
 * Updates of reviewed content: editors everything, an expert only the drafts of the items they
 * created. Payload asks this rule with `data._status: 'published'` to decide whether the admin shows
 * the Publish button, and before restoring a published version, so publishing is refused here too.
 */
export const ownOrEditors: Access = ({ req: { user }, data }) => {
  if (isEditor(user)) return true
  if (!user || !hasRole(user, 'expert')) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published') return false
  return { createdBy: { equals: user.id } }
}
