import type { Access } from 'payload'

import { isEditor } from './roles.js'

/** Credentials: the earner's own, every one for editors and admins, none for anyone else. */
export const earnerOrEditors: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditor(user)) return true
  return { teacher: { equals: user.id } }
}
