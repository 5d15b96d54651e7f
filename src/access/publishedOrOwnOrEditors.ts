import type { Access, Where } from 'payload'

import { hasRole, isEditor } from './roles.js'

/**
 * Reads of reviewed content: editors see everything, an expert sees what is published plus their
 * own items, everyone else sees only what is published.
 */
export const publishedOrOwnOrEditors: Access = ({ req: { user } }) => {
  if (isEditor(user)) return true
  const published: Where = { _status: { equals: 'published' } }
  if (user && hasRole(user, 'expert'))
    return { or: [published, { createdBy: { equals: user.id } }] }
  return published
}
