import type { Access } from 'payload'

import { hasRole, isEditor } from './roles.js'

/** Version history: editors everything, an expert the versions of their own items, nobody else. */
export const ownVersionsOrEditors: Access = ({ req: { user } }) => {
  if (isEditor(user)) return true
  if (user && hasRole(user, 'expert')) return { 'version.createdBy': { equals: user.id } }
  return false
}
