import type { Access, Where } from 'payload'

import { hasRole } from './roles.js'

/**
 * Authors' and editors' profiles are public (they are shown as authors and trainers); a teacher's
 * profile is readable by that teacher and by admins only.
 */
export const publicProfilesOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const publicProfiles: Where = { roles: { in: ['expert', 'editor'] } }
  return user ? { or: [publicProfiles, { id: { equals: user.id } }] } : publicProfiles
}
