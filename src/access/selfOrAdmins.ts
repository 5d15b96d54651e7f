import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles.js'

/** A user's own record, or any record for admins. */
export const selfOrAdmins: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  return user ? { id: { equals: user.id } } : false
}

export const selfOrAdminsField: FieldAccess = ({ req: { user }, id, doc }) =>
  hasRole(user, 'admin') || (Boolean(user) && (id ?? doc?.id) === user?.id)
