import type { Access } from 'payload'

import { hasRole, isEditor } from './roles.js'

/** Updates of reviewed content: editors everything, an expert only the items they created. */
export const ownOrEditors: Access = ({ req: { user } }) => {
  if (isEditor(user)) return true
  if (user && hasRole(user, 'expert')) return { createdBy: { equals: user.id } }
  return false
}
