import type { Access, Where } from 'payload'

import { isEditor } from './roles.js'

/** Training registrations: the teacher's own, all of a training for its trainers, all for editors. */
export const ownOrTrainersOrEditors: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditor(user)) return true
  const own: Where = { teacher: { equals: user.id } }
  const trained: Where = { 'training.trainers': { in: [user.id] } }
  return { or: [own, trained] }
}
